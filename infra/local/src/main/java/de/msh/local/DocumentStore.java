package de.msh.local;

import de.bwaldvogel.mongo.MongoServer;
import de.msh.store.sqlite.SqliteBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local stack's MongoDB stand-in: mongo-java-server on a SQLite file ({@link SqliteBackend}), one process every
 * service connects to. A write is committed to the file before it is answered, so neither a normal stop nor a kill
 * loses what a service was told is written.
 *
 * <p>Usage: {@code DocumentStore <folder> [host] [port]}; defaults 127.0.0.1 and 27017. The file is
 * {@code store.sqlite} in the folder. A folder that holds only the old H2 store ({@code store.mv}) is not opened:
 * its data would silently be missing, so the store refuses and names the command that migrates it.
 */
public final class DocumentStore implements AutoCloseable {

    static final String FILE = "store.sqlite";
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

    @Override
    public void close() {
        // closes the backend and with it the file
        server.shutdown();
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
        DocumentStore documents;
        try {
            documents = open(Path.of(args[0]), host, port);
        } catch (OldStoreFound e) {
            System.err.println(e.getMessage());
            System.exit(3);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            documents.close();
                            stopped.countDown();
                        },
                        "document-store-stop"));
        System.out.println(
                "Document store listening on " + host + ":" + documents.port() + ", data in " + documents.file());
        stopped.await();
    }
}
