package de.msh.platform.outbox.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The relay's meters: {@code msh.outbox.pending} (entries waiting, as of the last sweep), {@code msh.outbox.relay.lag}
 * (from the change to its send), {@code msh.outbox.relay.sent} and {@code msh.outbox.relay.failures}. A growing
 * backlog is worth an alert: documents are capped at 16 MB.
 */
public class OutboxMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final Timer lag;
    private final Counter sent;
    private final Counter failures;

    public OutboxMetrics(MeterRegistry registry) {
        Gauge.builder("msh.outbox.pending", pending, AtomicLong::get)
                .description("Recorded events not yet published")
                .register(registry);
        lag = Timer.builder("msh.outbox.relay.lag")
                .description("Time from a recorded change to its publication")
                .register(registry);
        sent = Counter.builder("msh.outbox.relay.sent").register(registry);
        failures = Counter.builder("msh.outbox.relay.failures")
                .description("Failed publication attempts; the entries stay and are retried")
                .register(registry);
    }

    void sent(Duration sinceChange) {
        sent.increment();
        lag.record(sinceChange.isNegative() ? Duration.ZERO : sinceChange);
    }

    void failed() {
        failures.increment();
    }

    void pending(long entries) {
        pending.set(entries);
    }
}
