package de.msh.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sets aside messages that can never be applied: each goes to {@code <topic>.dlq} unchanged, with its headers, plus
 * why and where it came from ({@value #REASON}, {@value #TOPIC}, {@value #PARTITION}, {@value #OFFSET},
 * {@value #GROUP}, as text). The send is confirmed before the batch counts as handled; if the broker cannot take
 * it, the batch is retried.
 */
public class DeadLetters implements AutoCloseable {

    public static final String REASON = "msh_dlq_reason";
    public static final String TOPIC = "msh_dlq_topic";
    public static final String PARTITION = "msh_dlq_partition";
    public static final String OFFSET = "msh_dlq_offset";
    public static final String GROUP = "msh_dlq_group";

    private final KafkaProducer<byte[], byte[]> producer;
    private final String group;
    private final ConsumerMetrics metrics;

    public DeadLetters(String brokers, String group, ConsumerMetrics metrics) {
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        brokers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        // a re-drive puts one aggregate's dead letters back in their order (see KafkaOutboxSender)
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        1,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        10_000,
                        // dead letters are rare: a small pool, not the default 32 MiB in every service
                        ProducerConfig.BUFFER_MEMORY_CONFIG,
                        1024L * 1024,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        16 * 1024,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "dead-letters-" + group),
                new ByteArraySerializer(),
                new ByteArraySerializer());
        this.group = group;
        this.metrics = metrics;
    }

    record Poison(ConsumedRecord record, String reason) {}

    void setAside(List<Poison> poison) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (Poison p : poison) {
            List<Header> headers = new ArrayList<>();
            p.record().headers().forEach((name, value) -> headers.add(new RecordHeader(name, value)));
            headers.add(text(REASON, p.reason()));
            headers.add(text(TOPIC, p.record().topic()));
            headers.add(text(PARTITION, Integer.toString(p.record().partition())));
            headers.add(text(OFFSET, Long.toString(p.record().offset())));
            headers.add(text(GROUP, group));
            sends.add(producer.send(new ProducerRecord<>(
                    p.record().topic() + ".dlq",
                    null,
                    p.record().key(),
                    p.record().value(),
                    headers)));
        }
        for (int i = 0; i < sends.size(); i++) {
            Confirmed.send(sends.get(i), "set a message aside in its dead-letter topic");
            metrics.deadLettered(poison.get(i).record().topic());
        }
    }

    /** The consumer group whose dead letters these are. */
    String group() {
        return group;
    }

    /** Sends a record with the dead letters' producer; for the re-drive, which puts them back. */
    Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
        return producer.send(record);
    }

    private static Header text(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
