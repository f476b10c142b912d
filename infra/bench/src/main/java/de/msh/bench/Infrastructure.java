package de.msh.bench;

import de.bwaldvogel.mongo.MongoServer;
import de.msh.local.DocumentStore;
import de.msh.store.IndexedH2Backend;
import de.msh.store.IndexedMemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A fresh broker and a fresh store for one run: the KRaft broker from the Kafka jars (as in the tests), and the store
 * in memory, on the H2 file the local stack used before, or on the SQLite file exactly as the local stack opens it.
 */
public final class Infrastructure implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;
    private final AutoCloseable store;
    private final String mongoUri;
    private final Path folder;

    private Infrastructure(EmbeddedKafkaKraftBroker broker, AutoCloseable store, String mongoUri, Path folder) {
        this.broker = broker;
        this.store = store;
        this.mongoUri = mongoUri;
        this.folder = folder;
    }

    public static Infrastructure start(String kind) throws IOException {
        var broker = new EmbeddedKafkaKraftBroker(1, 3);
        broker.brokerProperties(Map.of(
                "auto.create.topics.enable", "true",
                "num.partitions", "3",
                "log.retention.ms", "-1",
                "group.initial.rebalance.delay.ms", "0"));
        broker.afterPropertiesSet();
        Path folder = Files.createTempDirectory("msh-bench-" + kind);
        return switch (kind) {
            case "memory" -> {
                MongoServer server = new MongoServer(new IndexedMemoryBackend());
                server.bind("127.0.0.1", 0);
                yield new Infrastructure(
                        broker,
                        server::shutdownNow,
                        "mongodb://127.0.0.1:" + server.getLocalAddress().getPort(),
                        folder);
            }
            case "h2" -> {
                // as the local stack opened it before SQLite: a 10 ms auto-commit, so a kill loses little
                MVStore h2 = new MVStore.Builder()
                        .fileName(folder.resolve("bench.mv").toString())
                        .open();
                h2.setAutoCommitDelay(10);
                MongoServer server = new MongoServer(new IndexedH2Backend(h2));
                server.bind("127.0.0.1", 0);
                yield new Infrastructure(
                        broker,
                        server::shutdown,
                        "mongodb://127.0.0.1:" + server.getLocalAddress().getPort(),
                        folder);
            }
            case "sqlite" -> {
                DocumentStore store = DocumentStore.open(folder, "127.0.0.1", 0);
                yield new Infrastructure(broker, store, "mongodb://127.0.0.1:" + store.port(), folder);
            }
            default -> throw new IllegalArgumentException("Unknown store " + kind + " (memory, h2 or sqlite)");
        };
    }

    public String brokers() {
        return broker.getBrokersAsString();
    }

    public String mongoUri() {
        return mongoUri;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() throws Exception {
        store.close();
        broker.destroy();
    }
}
