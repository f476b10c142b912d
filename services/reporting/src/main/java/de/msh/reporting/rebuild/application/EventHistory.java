package de.msh.reporting.rebuild.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The topics' whole history, as kept by the broker. */
public interface EventHistory {

    /** Receives the records of one topic partition in offset order, as one batch. */
    @FunctionalInterface
    interface Chunk {
        void accept(String topic, List<ConsumerRecord<String, byte[]>> records);
    }

    /**
     * Reads every partition of the topics from the given offsets (from the beginning where none is given) up to the
     * end it has when the call starts; returns those ends, per topic and partition.
     */
    Map<String, Map<Integer, Long>> read(Set<String> topics, Map<String, Map<Integer, Long>> from, Chunk chunk);
}
