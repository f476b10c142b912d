package de.msh.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code msh.events.consumed} by {@code type} and {@code outcome} (applied, duplicate, ignored, and skipped for unknown
 * types), {@code msh.events.dead.lettered} by {@code topic}, and {@code msh.events.gaps}.
 */
public class ConsumerMetrics {

    public static final String APPLIED = "applied";
    public static final String DUPLICATE = "duplicate";
    public static final String IGNORED = "ignored";
    public static final String SKIPPED = "skipped";

    private final MeterRegistry registry;

    public ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void consumed(String type, String outcome) {
        Counter.builder("msh.events.consumed")
                .description("Events read from Kafka, by what became of them")
                .tag("type", type)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    void gaps(int missing) {
        Counter.builder("msh.events.gaps")
                .description("Sequences that never reached this consumer: an event between two it saw is missing")
                .register(registry)
                .increment(missing);
    }

    void deadLettered(String topic) {
        Counter.builder("msh.events.dead.lettered")
                .description("Events that can never be applied, set aside in the dead-letter topic")
                .tag("topic", topic)
                .register(registry)
                .increment();
    }

    public double count(String type, String outcome) {
        Counter counter = registry.find("msh.events.consumed")
                .tag("type", type)
                .tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    public double deadLettered() {
        return registry.find("msh.events.dead.lettered").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}
