package de.msh.local;

import de.bwaldvogel.mongo.MongoServer;
import de.msh.store.IndexedH2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.h2.mvstore.MVStore;

/**
 * The local stack's MongoDB stand-in: mongo-java-server on an H2 MVStore file, one process every service connects to.
 * The MVStore is opened here with a 10 ms auto-commit delay because the backend's own default commits about once a
 * second, and a killed process then loses acknowledged writes (ARCHITECTURE.md, Store facts). A normal stop closes
 * the store, which writes everything.
 *
 * <p>Usage: {@code DocumentStore <file> [host] [port]}; defaults 127.0.0.1 and 27017.
 */
public final class DocumentStore implements AutoCloseable {

    private static final int AUTO_COMMIT_DELAY_MS = 10;

    private final MVStore store;
    private final MongoServer server;

    private DocumentStore(MVStore store, MongoServer server) {
        this.store = store;
        this.server = server;
    }

    public static DocumentStore open(Path file, String host, int port) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.setAutoCommitDelay(AUTO_COMMIT_DELAY_MS);
        MongoServer server = new MongoServer(new IndexedH2Backend(store));
        server.bind(host, port);
        return new DocumentStore(store, server);
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    @Override
    public void close() {
        server.shutdown();
        if (!store.isClosed()) {
            store.close();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: DocumentStore <file> [host] [port]");
            System.exit(2);
        }
        String host = args.length > 1 ? args[1] : "127.0.0.1";
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 27017;
        DocumentStore documents = open(Path.of(args[0]), host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            documents.close();
                            stopped.countDown();
                        },
                        "document-store-stop"));
        System.out.println("Document store listening on " + host + ":" + documents.port() + ", data in " + args[0]);
        stopped.await();
    }
}
