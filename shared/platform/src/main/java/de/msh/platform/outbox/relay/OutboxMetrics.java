package de.msh.platform.outbox.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The relay's meters: {@code msh.outbox.pending} (entries waiting, as of the last sweep), {@code msh.outbox.relay.lag}
 * (from the change to its send), {@code msh.outbox.relay.sent}, {@code msh.outbox.relay.failures},
 * {@code msh.outbox.parked} (entries that can never be sent, kept in {@code outbox_parked}) and
 * {@code msh.outbox.relay.since.success} (seconds since the last pass that ended without failure). A growing backlog
 * or a growing time since success is worth an alert: documents are capped at 16 MB.
 */
public class OutboxMetrics {

    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>(Instant.now());
    private final Timer lag;
    private final Counter sent;
    private final Counter failures;
    private final Counter parkings;

    public OutboxMetrics(MeterRegistry registry) {
        this(registry, Clock.systemUTC());
    }

    public OutboxMetrics(MeterRegistry registry, Clock clock) {
        Gauge.builder("msh.outbox.pending", pending, AtomicLong::get)
                .description("Recorded events not yet published")
                .register(registry);
        Gauge.builder("msh.outbox.parked", parked, AtomicLong::get)
                .description("Recorded events that can never be sent, kept with their reason")
                .register(registry);
        Gauge.builder("msh.outbox.relay.since.success", lastSuccess, last -> secondsSince(last.get(), clock))
                .description("Seconds since the relay's last pass that ended without failure")
                .baseUnit("seconds")
                .register(registry);
        lag = Timer.builder("msh.outbox.relay.lag")
                .description("Time from a recorded change to its publication")
                .register(registry);
        sent = Counter.builder("msh.outbox.relay.sent").register(registry);
        failures = Counter.builder("msh.outbox.relay.failures")
                .description("Failed publication attempts; the entries stay and are retried")
                .register(registry);
        parkings = Counter.builder("msh.outbox.relay.parkings")
                .description("Events parked because they can never be sent")
                .register(registry);
    }

    private static double secondsSince(Instant instant, Clock clock) {
        return Duration.between(instant, clock.instant()).toMillis() / 1000.0;
    }

    void sent(Duration sinceChange) {
        sent.increment();
        lag.record(sinceChange.isNegative() ? Duration.ZERO : sinceChange);
    }

    void failed() {
        failures.increment();
    }

    void parkedOne() {
        parkings.increment();
    }

    void pending(long entries) {
        pending.set(entries);
    }

    /** What {@code outbox_parked} holds, as of the last sweep. */
    void parked(long entries) {
        parked.set(entries);
    }

    void lastSuccess(Instant at) {
        lastSuccess.set(at);
    }
}
