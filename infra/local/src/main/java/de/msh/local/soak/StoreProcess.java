package de.msh.local.soak;

import de.msh.local.DocumentStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The document store as a process of its own, started as the local stack starts it, stopped or killed at will. */
final class StoreProcess {

    private final Process process;
    private final int port;

    private StoreProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static StoreProcess start(Path folder, int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(
                        java,
                        // the store holds every document in memory; fifty cycles of writing add up to a few hundred
                        // thousand, more than the local stack's store is given for its data
                        "-Xmx1g",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        DocumentStore.class.getName(),
                        folder.toString(),
                        "127.0.0.1",
                        String.valueOf(port)))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("store-process.log").toFile())
                .start();
        StoreProcess store = new StoreProcess(process, port);
        store.awaitListening(folder);
        return store;
    }

    private void awaitListening(Path folder) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String log =
                        java.nio.file.Files.readString(folder.resolve("store-process.log"), StandardCharsets.UTF_8);
                throw new IllegalStateException("The store did not open its file (exit " + process.exitValue() + "): "
                        + log.substring(Math.max(0, log.length() - 2000)));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        kill();
        throw new IllegalStateException("The store did not listen within 60 s");
    }

    String uri() {
        return "mongodb://127.0.0.1:" + port
                + "/?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000&socketTimeoutMS=10000";
    }

    /** SIGTERM: the store's shutdown hook closes the file, as Ctrl-C on the local stack does. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** SIGKILL: no hook runs, as after a power cut of the process or the kernel's OOM killer. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
