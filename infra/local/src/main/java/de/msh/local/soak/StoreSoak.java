package de.msh.local.soak;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.msh.local.DocumentStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Durability soak of the local stack's document store: starts the store as its own process, writes through the
 * MongoDB driver in the services' patterns while the process is stopped normally or killed with SIGKILL, reopens
 * it, and checks that the file opens, that every acknowledged write is there, and that every unique index agrees
 * with its collection. Prints cycles, writes acknowledged, writes found and the file size.
 *
 * <p>Usage: {@code StoreSoak [cycles] [folder]} (defaults 50 and a temporary folder); {@code ./infra/local/soak-store.sh}.
 */
public final class StoreSoak {

    private static final Duration WRITING = Duration.ofMillis(1500);

    private final Path folder;
    private final Random random = new Random(2038);
    private final Expected expected = new Expected();

    StoreSoak(Path folder) {
        this.folder = folder;
    }

    /** What a run found; {@code missing} and {@code inconsistent} must both be empty. */
    record Result(
            int cycles,
            int kills,
            long acknowledged,
            long found,
            List<String> missing,
            List<String> inconsistent,
            long fileBytes) {

        boolean passed() {
            return missing.isEmpty() && inconsistent.isEmpty() && found == acknowledged;
        }

        String summary() {
            return String.format(
                    Locale.ROOT,
                    "cycles %d (%d killed with SIGKILL, %d stopped normally), writes acknowledged %d, found %d,"
                            + " missing %d, unique-index faults %d, file %.1f MB",
                    cycles,
                    kills,
                    cycles - kills,
                    acknowledged,
                    found,
                    missing.size(),
                    inconsistent.size(),
                    fileBytes / 1e6);
        }
    }

    Result run(int cycles) throws Exception {
        int kills = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            boolean kill = cycle % 3 != 2;
            kills += kill ? 1 : 0;
            StoreProcess store = StoreProcess.start(folder, freePort());
            try (MongoClient client = MongoClients.create(store.uri())) {
                Writer writer = new Writer(client.getDatabase("soak"), expected, random.nextLong());
                Thread thread = new Thread(writer, "soak-writer");
                thread.start();
                Thread.sleep(WRITING.toMillis() / 2 + random.nextInt((int) WRITING.toMillis()));
                // the process goes away while writes are on the wire; what was not answered may or may not be there
                if (kill) {
                    store.kill();
                } else {
                    store.stop();
                }
                writer.halt();
                thread.join(TimeUnit.SECONDS.toMillis(60));
            } finally {
                store.kill();
            }
        }
        StoreProcess store = StoreProcess.start(folder, freePort());
        try (MongoClient client = MongoClients.create(store.uri())) {
            MongoDatabase soak = client.getDatabase("soak");
            Expected.Check check = expected.check(soak);
            List<String> inconsistent = Indexes.faults(soak);
            return new Result(
                    cycles, kills, expected.acknowledged(), check.found(), check.missing(), inconsistent, fileBytes());
        } finally {
            store.stop();
        }
    }

    private long fileBytes() throws IOException {
        long bytes = 0;
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().startsWith(DocumentStore.FILE)) {
                    bytes += Files.size(file);
                }
            }
        }
        return bytes;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("msh-soak");
        System.out.println("soak: " + cycles + " cycles on " + folder.resolve(DocumentStore.FILE));
        Result result = new StoreSoak(folder).run(cycles);
        System.out.println("soak: " + result.summary());
        List<String> faults = new ArrayList<>(result.missing());
        faults.addAll(result.inconsistent());
        faults.stream().limit(20).forEach(fault -> System.out.println("soak: " + fault));
        System.out.println(result.passed() ? "soak: PASSED" : "soak: FAILED");
        System.exit(result.passed() ? 0 : 1);
    }
}
