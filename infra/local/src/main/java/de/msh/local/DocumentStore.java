package de.msh.local;

import de.bwaldvogel.mongo.MongoServer;
import de.msh.store.sqlite.SqliteBackend;
import de.msh.store.sqlite.SqliteFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's MongoDB stand-in: mongo-java-server on a SQLite file ({@link SqliteBackend}), one process every
 * service connects to. A write is committed to the file before it is answered, so neither a normal stop nor a kill
 * loses what a service was told is written.
 *
 * <p>Usage: {@code DocumentStore <folder> [host] [port]}; defaults 127.0.0.1 and 27017. The file is
 * {@code store.sqlite} in the folder. Every {@code msh.store.backup-minutes} (60) and at every normal stop it
 * takes a backup ({@link Backups}); on start it runs SQLite's check and refuses a damaged file, naming the newest
 * good backup and the command that restores it. A folder that holds only the old H2 store ({@code store.mv}) is not opened:
 * its data would silently be missing, so the store refuses and names the command that migrates it.
 */
public final class DocumentStore implements AutoCloseable {

    public static final String FILE = "store.sqlite";
    static final String OLD_H2_FILE = "store.mv";

    private final SqliteBackend backend;
    private final MongoServer server;

    private DocumentStore(SqliteBackend backend, MongoServer server) {
        this.backend = backend;
        this.server = server;
    }

    public static DocumentStore open(Path folder, String host, int port) {
        Path old = folder.resolve(OLD_H2_FILE);
        Path file = folder.resolve(FILE);
        if (Files.exists(old) && !Files.exists(file)) {
            throw new OldStoreFound(old, file);
        }
        if (Files.exists(file)) {
            String check = SqliteFile.check(file);
            if (!SqliteFile.OK.equals(check)) {
                throw new StoreDamaged(file, check, new Backups(folder, Clock.systemUTC()).newestGood());
            }
        }
        SqliteBackend backend = SqliteBackend.open(file);
        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        return new DocumentStore(backend, server);
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    public Path file() {
        return backend.file().path();
    }

    SqliteBackend backend() {
        return backend;
    }

    /** The scheduled upkeep: hand freed pages back, then take a backup. A failure is logged and tried next time. */
    void upkeep(Backups backups) {
        try {
            backend.file().reclaim();
            System.out.println("Backup: " + backups.take(backend.file()));
        } catch (RuntimeException e) {
            System.err.println("Store upkeep failed; tried again at the next interval: " + e);
        }
    }

    @Override
    public void close() {
        // closes the backend and with it the file
        server.shutdown();
    }

    /** The file failed SQLite's check on start; it is left as it is for the restore command to move aside. */
    static final class StoreDamaged extends RuntimeException {
        StoreDamaged(Path file, String problem, Optional<Path> backup) {
            super(String.join(
                    System.lineSeparator(),
                    "Der Dokumentenspeicher startet nicht: " + file + " ist beschädigt (" + problem + ").",
                    backup.map(b -> "Neueste gute Sicherung: " + b + ". Wiederherstellen mit:")
                            .orElse("Es gibt keine gute Sicherung."),
                    backup.map(b -> "    ./infra/local/restore-store.sh " + b).orElse(""),
                    "The document store does not start: " + file + " is damaged (" + problem + ").",
                    backup.map(b -> "Newest good backup: " + b + "; restore it with the command above.")
                            .orElse("There is no good backup.")));
        }
    }

    /** The folder holds data of the H2 store this stack used before, and nothing of the SQLite store yet. */
    static final class OldStoreFound extends RuntimeException {
        OldStoreFound(Path old, Path file) {
            super(String.join(
                    System.lineSeparator(),
                    "Der Dokumentenspeicher startet nicht: " + old + " enthält Daten des früheren H2-Speichers,",
                    "die der neue Speicher (" + file + ") nicht liest. Übernehmen Sie sie einmalig mit:",
                    "    ./infra/local/migrate-store.sh",
                    "The document store does not start: " + old + " holds data of the former H2 store, which the",
                    "new store (" + file + ") does not read. Migrate it once with the command above."));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: DocumentStore <folder> [host] [port]");
            System.exit(2);
        }
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 27017;
        Path folder = Path.of(args[0]);
        DocumentStore documents;
        try {
            documents = open(folder, host, port);
        } catch (OldStoreFound | StoreDamaged e) {
            System.err.println(e.getMessage());
            System.exit(3);
            return;
        }
        Backups backups = new Backups(folder, Clock.systemUTC());
        ScheduledExecutorService upkeep = Executors.newSingleThreadScheduledExecutor();
        long backupMinutes = Long.getLong("msh.store.backup-minutes", 60);
        upkeep.scheduleWithFixedDelay(() -> documents.upkeep(backups), backupMinutes, backupMinutes, TimeUnit.MINUTES);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            upkeep.shutdownNow();
                            documents.close();
                            // after the close, so the backup holds every write the store answered
                            System.out.println("Backup at stop: "
                                    + backups.take(documents.backend().file()));
                            stopped.countDown();
                        },
                        "document-store-stop"));
        System.out.println(
                "Document store listening on " + host + ":" + documents.port() + ", data in " + documents.file());
        stopped.await();
    }
}
