package de.msh.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * One Kafka record of a consumed batch, with where it came from: a batch arrives as one message whose payload is the
 * list of values and whose headers hold, per record, its headers, topic, partition, offset and key.
 */
record ConsumedRecord(
        String topic, int partition, long offset, byte @Nullable [] key, Map<String, byte[]> headers, byte[] value) {

    static List<ConsumedRecord> of(Message<List<byte[]>> batch) {
        List<byte[]> values = batch.getPayload();
        List<?> headers = listHeader(batch, KafkaHeaders.BATCH_CONVERTED_HEADERS);
        List<?> topics = listHeader(batch, KafkaHeaders.RECEIVED_TOPIC);
        List<?> partitions = listHeader(batch, KafkaHeaders.RECEIVED_PARTITION);
        List<?> offsets = listHeader(batch, KafkaHeaders.OFFSET);
        List<?> keys = listHeader(batch, KafkaHeaders.RECEIVED_KEY);
        List<ConsumedRecord> records = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            records.add(new ConsumedRecord(
                    String.valueOf(topics.get(i)),
                    ((Number) partitions.get(i)).intValue(),
                    ((Number) offsets.get(i)).longValue(),
                    i < keys.size() ? bytes(keys.get(i)) : null,
                    bytesOf(headers.size() > i ? (Map<?, ?>) headers.get(i) : Map.of()),
                    values.get(i)));
        }
        return records;
    }

    /** The headers whose name starts with the prefix, as strings. */
    Map<String, String> headersStartingWith(String prefix) {
        Map<String, String> found = new HashMap<>();
        headers.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                found.put(name, new String(value, StandardCharsets.UTF_8));
            }
        });
        return found;
    }

    String position() {
        return topic + "/" + partition + "@" + offset;
    }

    private static List<?> listHeader(Message<?> batch, String name) {
        Object value = batch.getHeaders().get(name);
        return value instanceof List<?> list ? list : List.of();
    }

    private static Map<String, byte[]> bytesOf(Map<?, ?> headers) {
        Map<String, byte[]> converted = new HashMap<>();
        headers.forEach((name, value) -> {
            byte[] bytes = bytes(value);
            if (bytes != null) {
                converted.put(String.valueOf(name), bytes);
            }
        });
        return converted;
    }

    private static byte @Nullable [] bytes(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] raw ? raw : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }
}
