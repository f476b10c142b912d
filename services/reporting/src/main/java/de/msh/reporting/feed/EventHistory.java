package de.msh.reporting.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

/**
 * The topics' whole history, as the broker keeps it. Positions are per topic and partition, as the offset of the next
 * record: {@code 0} is the beginning.
 */
public interface EventHistory {

    /**
     * A stretch of one partition's records, in offset order, as {@code prepare} made it.
     *
     * @param next the offset after its last record
     * @param records how many records it held
     */
    record Stretch<T>(String topic, int partition, long next, int records, T prepared) {}

    /**
     * Reads every partition of the topics from the given positions (the beginning where none is given) up to the
     * given ones, or where none are given up to the end it has when the call starts; returns where it stopped. Each
     * stretch of records is first prepared on the reader's own thread, then applied on the caller's, one after the
     * other in order: while one is applied, the next is read and prepared.
     */
    <T> Map<String, Map<Integer, Long>> read(
            Set<String> topics,
            Map<String, Map<Integer, Long>> from,
            @Nullable Map<String, Map<Integer, Long>> to,
            Function<List<ConsumerRecord<String, byte[]>>, T> prepare,
            Consumer<Stretch<T>> apply);

    /** Per topic and partition, the position after the last record the broker had appended at the instant. */
    Map<String, Map<Integer, Long>> positionsAt(Set<String> topics, Instant instant);

    /**
     * The positions at the earliest instant by which at least {@code events} records after {@code from} had been
     * appended ({@link #positionsAt} of that instant), or none while the topics hold fewer. Since such positions are
     * those of an instant, a space read up to them can serve every later instant.
     */
    Optional<Map<String, Map<Integer, Long>>> positionsAfter(
            Set<String> topics, Map<String, Map<Integer, Long>> from, long events);
}
