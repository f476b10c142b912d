package de.msh.reporting.rebuild.messaging;

import de.msh.reporting.rebuild.application.EventHistory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the topics with a plain consumer of its own, assigned to every partition, without a group: it commits nothing
 * and leaves the live consumers' positions alone.
 */
@Component
class KafkaEventHistory implements EventHistory {

    private static final Duration POLL = Duration.ofMillis(500);

    private final String brokers;

    KafkaEventHistory(@Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers) {
        this.brokers = brokers;
    }

    @Override
    public Map<String, Map<Integer, Long>> read(Set<String> topics, Map<String, Map<Integer, Long>> from, Chunk chunk) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic);
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<TopicPartition> remaining = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                long start = from.getOrDefault(partition.topic(), Map.of()).getOrDefault(partition.partition(), 0L);
                consumer.seek(partition, start);
                if (start < end.get(partition)) {
                    remaining.add(partition);
                }
            }
            consumer.pause(
                    partitions.stream().filter(p -> !remaining.contains(p)).toList());
            while (!remaining.isEmpty()) {
                ConsumerRecords<String, byte[]> polled = consumer.poll(POLL);
                for (TopicPartition partition : polled.partitions()) {
                    long limit = end.get(partition);
                    List<ConsumerRecord<String, byte[]>> records = polled.records(partition).stream()
                            .filter(r -> r.offset() < limit)
                            .toList();
                    if (!records.isEmpty()) {
                        chunk.accept(partition.topic(), records);
                    }
                }
                for (TopicPartition partition : List.copyOf(remaining)) {
                    if (consumer.position(partition) >= end.get(partition)) {
                        remaining.remove(partition);
                        consumer.pause(List.of(partition));
                    }
                }
            }
            Map<String, Map<Integer, Long>> reached = new HashMap<>();
            end.forEach((partition, offset) -> reached.computeIfAbsent(partition.topic(), t -> new HashMap<>())
                    .put(partition.partition(), offset));
            return reached;
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild");
        return properties;
    }
}
