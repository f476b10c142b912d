package de.msh.platform.outbox.relay;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.platform.outbox.OutboxEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends outbox entries with a plain Kafka producer: idempotent, {@code acks=all}, one request in flight per broker.
 * Idempotence alone, with five in flight, was seen to break order here: right after the topic was created, the
 * first batch to a partition failed with NOT_LEADER and was retried, while the later batches (which the broker took,
 * as it knew no sequence of this producer yet) were appended before it. One request in flight keeps each
 * partition's order across every retry; batching and lingering keep the rate. The key is the aggregate id, so one aggregate's events
 * share a partition. Before the first send it creates the context's topic with the configured partitions and
 * unlimited retention; an existing topic is left as it is (adding partitions would move keys and break order).
 */
public class KafkaOutboxSender implements OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(KafkaOutboxSender.class);

    private final EventContext context;
    private final String brokers;
    private final int partitions;
    private final KafkaProducer<byte[], byte[]> producer;
    private volatile boolean topicReady;
    private volatile @Nullable Throwable unreachable;

    public KafkaOutboxSender(EventContext context, String brokers, int partitions, Map<String, Object> overrides) {
        this.context = context;
        this.brokers = brokers;
        this.partitions = partitions;
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        settings.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // 32 full batches in flight or waiting; the default 32 MiB pool would stay resident in every service.
        settings.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 8L * 1024 * 1024);
        // A broker that is down fails the pass within seconds; the entries stay pending and the next pass retries.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + context.key());
        settings.putAll(overrides);
        this.producer = new KafkaProducer<>(settings, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Override
    public CompletableFuture<Void> send(OutboxEntry event) {
        Throwable knownDown = unreachable;
        if (knownDown != null) {
            return CompletableFuture.failedFuture(knownDown);
        }
        try {
            ensureTopic();
        } catch (RuntimeException failure) {
            unreachable = failure;
            return CompletableFuture.failedFuture(failure);
        }
        List<Header> headers = new ArrayList<>();
        CloudEventAttributes.headersOf(new CloudEventAttributes.Attributes(
                        UUID.fromString(event.eventId()),
                        context.source(),
                        event.type(),
                        event.subject(),
                        event.occurredAt(),
                        event.sequence()))
                .forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        var record = new ProducerRecord<>(
                context.topic(),
                null,
                event.subject().getBytes(StandardCharsets.UTF_8),
                event.payload().getBytes(StandardCharsets.UTF_8),
                headers);
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, failure) -> {
                if (failure == null) {
                    acknowledged.complete(null);
                } else {
                    acknowledged.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException failure) {
            acknowledged.completeExceptionally(failure);
        }
        // Without metadata the producer waits max.block.ms per send; one such wait is enough until the next flush.
        if (acknowledged.isCompletedExceptionally()
                && Delivery.failureOf(acknowledged)
                        instanceof org.apache.kafka.common.errors.TimeoutException timeout) {
            unreachable = timeout;
        }
        return acknowledged;
    }

    @Override
    public void flush() {
        producer.flush();
        unreachable = null;
    }

    @Override
    public boolean neverSendable(Throwable failure) {
        return failure instanceof RecordTooLargeException
                || failure instanceof SerializationException
                || failure instanceof InvalidRecordException;
    }

    private void ensureTopic() {
        if (topicReady) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000))) {
            String topic = context.topic();
            Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            if (existing.contains(topic)) {
                int found = admin.describeTopics(Set.of(topic))
                        .allTopicNames()
                        .get(5, TimeUnit.SECONDS)
                        .get(topic)
                        .partitions()
                        .size();
                if (found < partitions) {
                    log.warn(
                            "Topic {} has {} partitions, {} are configured; left as it is, since adding partitions"
                                    + " would move aggregates to other partitions and break their order",
                            topic,
                            found,
                            partitions);
                }
            } else {
                admin.createTopics(Set.of(new NewTopic(topic, partitions, (short) -1)
                                .configs(Map.of("retention.ms", "-1", "cleanup.policy", "delete"))))
                        .all()
                        .get(10, TimeUnit.SECONDS);
            }
            topicReady = true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                topicReady = true;
                return;
            }
            throw new IllegalStateException("Cannot prepare topic " + context.topic(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker did not answer while preparing " + context.topic(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing " + context.topic(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
