package de.msh.reporting.feed.messaging;

import de.msh.reporting.feed.EventHistory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the topics with a plain consumer of its own, assigned to one partition after the other, without a group: it
 * commits nothing and leaves the live consumers' positions alone. A replay gets batches of up to {@code
 * msh.reporting.replay-batch} records of one partition, so the writer folds each aggregate's run of events into one
 * write; the consumer reads and prepares the next batch on a thread of its own while one is applied ({@link
 * ReadAhead}).
 */
@Component
class KafkaEventHistory implements EventHistory {

    private static final Duration POLL = Duration.ofMillis(500);

    private final String brokers;
    private final int batch;

    KafkaEventHistory(
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${msh.reporting.replay-batch:10000}") int batch) {
        this.brokers = brokers;
        this.batch = batch;
    }

    @Override
    public <T> Map<String, Map<Integer, Long>> read(
            Set<String> topics,
            Map<String, Map<Integer, Long>> from,
            @Nullable Map<String, Map<Integer, Long>> to,
            Function<List<ConsumerRecord<String, byte[]>>, T> prepare,
            Consumer<Stretch<T>> apply) {
        return ReadAhead.<Stretch<T>, Map<String, Map<Integer, Long>>>run(
                "reporting-history", stretches -> readAll(topics, from, to, prepare, stretches), apply);
    }

    private <T> Map<String, Map<Integer, Long>> readAll(
            Set<String> topics,
            Map<String, Map<Integer, Long>> from,
            @Nullable Map<String, Map<Integer, Long>> to,
            Function<List<ConsumerRecord<String, byte[]>>, T> prepare,
            Consumer<Stretch<T>> stretches) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            if (to != null) {
                end.replaceAll((partition, last) -> Math.min(
                        last, to.getOrDefault(partition.topic(), Map.of()).getOrDefault(partition.partition(), 0L)));
            }
            // one partition after the other, so each batch is a long stretch of one partition: with many aggregates,
            // records of all partitions at once would hold about one event per aggregate and fold nothing
            for (TopicPartition partition : partitions) {
                long start = from.getOrDefault(partition.topic(), Map.of()).getOrDefault(partition.partition(), 0L);
                if (start < end.get(partition)) {
                    read(
                            consumer,
                            partition,
                            start,
                            end.get(partition),
                            records -> stretches.accept(new Stretch<>(
                                    partition.topic(),
                                    partition.partition(),
                                    records.get(records.size() - 1).offset() + 1,
                                    records.size(),
                                    prepare.apply(records))));
                }
            }
            return byTopic(end);
        }
    }

    /** Hands on the records of one partition from {@code start} to before {@code end}, {@code batch} at a time. */
    private void read(
            KafkaConsumer<String, byte[]> consumer,
            TopicPartition partition,
            long start,
            long end,
            Consumer<List<ConsumerRecord<String, byte[]>>> chunk) {
        consumer.assign(List.of(partition));
        consumer.seek(partition, start);
        List<ConsumerRecord<String, byte[]>> gathered = new ArrayList<>();
        while (consumer.position(partition) < end) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL).records(partition)) {
                if (record.offset() < end) {
                    gathered.add(record);
                }
            }
            if (gathered.size() >= batch) {
                chunk.accept(gathered);
                gathered = new ArrayList<>();
            }
        }
        if (!gathered.isEmpty()) {
            chunk.accept(gathered);
        }
    }

    @Override
    public Map<String, Map<Integer, Long>> positionsAt(Set<String> topics, Instant instant) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = partitions(consumer, topics);
            return byTopic(at(consumer, instant.toEpochMilli(), consumer.endOffsets(partitions)));
        }
    }

    @Override
    public Optional<Map<String, Map<Integer, Long>>> positionsAfter(
            Set<String> topics, Map<String, Map<Integer, Long>> from, long events) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties())) {
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions(consumer, topics));
            if (beyond(end, from) < events) {
                return Optional.empty();
            }
            // the first millisecond by which there were enough: a search over the stamps, one request per step
            long early = -1;
            long late = Math.max(System.currentTimeMillis(), 0);
            if (beyond(at(consumer, late, end), from) < events) {
                // records stamped in the future: only the end has them all
                return Optional.of(byTopic(end));
            }
            while (late - early > 1) {
                long middle = early + (late - early) / 2;
                if (beyond(at(consumer, middle, end), from) >= events) {
                    late = middle;
                } else {
                    early = middle;
                }
            }
            return Optional.of(byTopic(at(consumer, late, end)));
        }
    }

    /** The position after the last record stamped at or before the millisecond, in each partition. */
    private static Map<TopicPartition, Long> at(
            KafkaConsumer<String, byte[]> consumer, long millis, Map<TopicPartition, Long> end) {
        Map<TopicPartition, Long> after = new HashMap<>();
        end.keySet().forEach(partition -> after.put(partition, millis + 1));
        Map<TopicPartition, OffsetAndTimestamp> first = consumer.offsetsForTimes(after);
        Map<TopicPartition, Long> positions = new HashMap<>();
        end.forEach((partition, last) -> {
            OffsetAndTimestamp later = first.get(partition);
            // the first record stamped after the instant is the first not yet there; none: all were there
            positions.put(partition, later == null ? last : later.offset());
        });
        return positions;
    }

    /** How many records lie between {@code from} and the positions. */
    private static long beyond(Map<TopicPartition, Long> positions, Map<String, Map<Integer, Long>> from) {
        long events = 0;
        for (var position : positions.entrySet()) {
            TopicPartition partition = position.getKey();
            long start = from.getOrDefault(partition.topic(), Map.of()).getOrDefault(partition.partition(), 0L);
            events += Math.max(0, position.getValue() - start);
        }
        return events;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, Set<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        return partitions;
    }

    private static Map<String, Map<Integer, Long>> byTopic(Map<TopicPartition, Long> offsets) {
        Map<String, Map<Integer, Long>> byTopic = new HashMap<>();
        offsets.forEach((partition, offset) ->
                byTopic.computeIfAbsent(partition.topic(), t -> new HashMap<>()).put(partition.partition(), offset));
        return byTopic;
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        // it reads only what is there: a fetch past the end must not wait for more (by default 500 ms, which each
        // partition read to its end then cost on the switch to the next)
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild");
        return properties;
    }
}
