package de.msh.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.msh.store.sqlite.SqliteBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The default test infrastructure: a real Kafka broker in KRaft mode from the Kafka jars and mongo-java-server in
 * memory. Each starts once per JVM, on first use, and stops when the JVM exits; every test context shares them, so
 * tests must not assume empty topics or collections.
 */
public final class EmbeddedInfrastructure {

    private static @Nullable EmbeddedKafkaKraftBroker kafka;
    private static @Nullable MongoServer mongo;
    private static @Nullable String mongoUri;

    private EmbeddedInfrastructure() {}

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            var broker = new EmbeddedKafkaKraftBroker(1, 1);
            // Topics keep their whole history, as in production (ARCHITECTURE.md, How the services talk).
            broker.brokerProperties(Map.of(
                    "auto.create.topics.enable", "true",
                    "log.retention.ms", "-1",
                    // As many partitions as the services ask for, also for topics a test writes to first.
                    "num.partitions", "3",
                    "group.initial.rebalance.delay.ms", "0"));
            broker.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
            kafka = broker;
        }
        return kafka.getBrokersAsString();
    }

    public static synchronized String mongoUri() {
        if (mongoUri == null) {
            // the backend the local stack runs on, on a file of this JVM's own, so the tests prove what runs there
            var server = new MongoServer(SqliteBackend.open(temporaryStoreFile()));
            server.bind("127.0.0.1", 0);
            InetSocketAddress address = server.getLocalAddress();
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-stop"));
            mongo = server;
            mongoUri = "mongodb://127.0.0.1:" + address.getPort();
        }
        return mongoUri;
    }

    private static Path temporaryStoreFile() {
        try {
            Path folder = Files.createTempDirectory("msh-test-store");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder), "embedded-mongo-clean"));
            return folder.resolve("store.sqlite");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no failure
        }
    }
}
