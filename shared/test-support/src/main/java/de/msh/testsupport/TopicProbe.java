package de.msh.testsupport;

import de.msh.events.CloudEventAttributes;
import de.msh.events.DomainEvent;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.EventTypeRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A plain Kafka client on the test broker: reads a topic from its beginning to find the records a test expects, and
 * writes raw records to simulate a redelivery or a poison message. Tests see exactly what is on the wire.
 */
public final class TopicProbe {

    private final String bootstrapServers;

    public TopicProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Per partition of the topic, the offset the next record will get: how far a consumer must get to be current. */
    public Map<Integer, Long> endOffsets(String topic) {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new org.apache.kafka.common.TopicPartition(topic, info.partition()))
                    .toList();
            Map<Integer, Long> ends = new java.util.TreeMap<>();
            consumer.endOffsets(partitions).forEach((partition, offset) -> ends.put(partition.partition(), offset));
            return ends;
        }
    }

    /** Polls the whole topic until a record matches or the timeout passes; returns the match. */
    public ConsumerRecord<String, byte[]> awaitRecord(
            String topic, Predicate<ConsumerRecord<String, byte[]>> wanted, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> seen = awaitRecords(topic, wanted, timeout);
        return seen.get(seen.size() - 1);
    }

    /** Polls the whole topic until a record matches or the timeout passes; returns every record seen until then. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(
            String topic, Predicate<ConsumerRecord<String, byte[]>> wanted, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record);
                    if (wanted.test(record)) {
                        return seen;
                    }
                }
            }
        }
        throw new AssertionError("No matching record on " + topic + " within " + timeout + "; saw " + seen.size());
    }

    public void send(String topic, String key, byte[] value, Iterable<Header> headers) {
        sendAll(List.of(new ProducerRecord<>(topic, null, key, value, headers)));
    }

    /** Sends the records in order with one producer, so they reach the broker together, and waits for all. */
    public void sendAll(List<ProducerRecord<String, byte[]>> records) {
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            var sends = records.stream().map(producer::send).toList();
            for (var send : sends) {
                send.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not send " + records.size() + " records", e);
        }
    }

    /**
     * Publishes an event the way its producing service would: on its context's topic, keyed by the subject, with the
     * CloudEvents headers. For events of services a test does not start.
     */
    public void publish(String subject, long sequence, DomainEvent event) {
        publish(subject, sequence, event, Instant.now());
    }

    /**
     * As {@link #publish(String, long, DomainEvent)}, with {@code time} as the instant the event happened (the
     * envelope's {@code time}); the broker still stamps the record now.
     */
    public void publish(String subject, long sequence, DomainEvent event, Instant time) {
        String type = EventTypeRegistry.standard().typeOf(event.getClass());
        EventContext context = EventContext.ofKey(type.split("\\.")[1]);
        var attributes =
                new CloudEventAttributes.Attributes(UUID.randomUUID(), context.source(), type, subject, time, sequence);
        List<Header> headers = new ArrayList<>();
        CloudEventAttributes.headersOf(attributes)
                .forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        byte[] data = EventCodec.standard().toJson(event).getBytes(StandardCharsets.UTF_8);
        send(context.topic(), subject, data, headers);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
