package de.msh.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The {@code containers} profile's infrastructure: real MongoDB (a replica set, as in production) and Kafka through
 * Testcontainers, one of each per JVM, wired into Spring with {@link ServiceConnection}. It needs a Docker engine,
 * which the build machines do not have, so the default build only compiles it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContainerInfrastructure {

    static final MongoDBContainer MONGO = new MongoDBContainer(DockerImageName.parse("mongo:8.0"));
    static final KafkaContainer KAFKA =
            new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.2")).withEnv("KAFKA_LOG_RETENTION_MS", "-1");

    public static final String ACTIVATION_PROPERTY = "msh.test.infrastructure";

    /** True when the Maven profile {@code containers} asked for real containers. */
    public static boolean requested() {
        return "containers".equals(System.getProperty(ACTIVATION_PROPERTY));
    }

    static synchronized String kafkaBootstrapServers() {
        if (!KAFKA.isRunning()) {
            KAFKA.start();
        }
        return KAFKA.getBootstrapServers();
    }

    @Bean
    @ServiceConnection
    MongoDBContainer mongoContainer() {
        return MONGO;
    }

    @Bean
    @ServiceConnection
    KafkaContainer kafkaContainer() {
        return KAFKA;
    }
}
