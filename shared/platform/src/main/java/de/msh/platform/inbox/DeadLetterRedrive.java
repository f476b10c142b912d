package de.msh.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Puts this consumer group's dead letters back on their original topics once their cause is fixed (a consumer that
 * now understands them). Each record goes back unchanged, with its key and headers but without the dead-letter
 * headers; how far each dead-letter partition was re-driven is kept in {@value #POSITIONS}, so nothing goes back
 * twice. Every group of the topic sees the record again; the sequence guards absorb it where it was applied, and
 * where a later event of its aggregate was applied meanwhile it stays refused and its gap stays listed.
 */
public class DeadLetterRedrive {

    public static final String POSITIONS = "dead_letter_redrives";

    private final String brokers;
    private final DeadLetters deadLetters;
    private final String group;
    private final MongoTemplate mongo;

    public DeadLetterRedrive(String brokers, DeadLetters deadLetters, MongoTemplate mongo) {
        this.brokers = brokers;
        this.deadLetters = deadLetters;
        this.group = deadLetters.group();
        this.mongo = mongo;
    }

    /** Re-drives every dead letter of this group on {@code <topic>.dlq} not re-driven before; returns how many. */
    public int redrive(String topic) {
        String dlq = topic.endsWith(".dlq") ? topic : topic + ".dlq";
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(dlq, Duration.ofSeconds(10)).stream()
                    .map(PartitionInfo::partition)
                    .map(p -> new TopicPartition(dlq, p))
                    .toList();
            if (partitions.isEmpty()) {
                return 0;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            partitions.forEach(p -> consumer.seek(p, position(p)));
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            Map<TopicPartition, Long> reached = new HashMap<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (group.equals(header(record, DeadLetters.GROUP))) {
                        sends.add(deadLetters.send(original(record)));
                    }
                    reached.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                }
            }
            for (Future<RecordMetadata> send : sends) {
                Confirmed.send(send, "put a dead letter back on its topic");
            }
            reached.forEach(this::remember);
            return sends.size();
        }
    }

    private ProducerRecord<byte[], byte[]> original(ConsumerRecord<byte[], byte[]> record) {
        List<Header> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("msh_dlq_")) {
                headers.add(header);
            }
        }
        return new ProducerRecord<>(header(record, DeadLetters.TOPIC), null, record.key(), record.value(), headers);
    }

    private long position(TopicPartition partition) {
        Document row = mongo.findById(key(partition), Document.class, POSITIONS);
        return row == null ? 0 : ((Number) row.get("next")).longValue();
    }

    private void remember(TopicPartition partition, long next) {
        mongo.upsert(Query.query(Criteria.where("_id").is(key(partition))), new Update().max("next", next), POSITIONS);
    }

    private String key(TopicPartition partition) {
        return group + "|" + partition.topic() + "|" + partition.partition();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        brokers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "redrive-" + group),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }
}
