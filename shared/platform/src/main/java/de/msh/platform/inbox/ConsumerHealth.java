package de.msh.platform.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Which topics a consumer is stuck on: a batch that failed (the store or the broker unreachable, a timeout) is
 * retried with capped back-off for as long as the failure lasts, holding its partition, and meanwhile this
 * indicator is DOWN (it is part of the readiness group) and {@code msh.events.consumer.stuck} shows how many topics
 * wait. The next batch that succeeds clears it.
 */
public class ConsumerHealth implements HealthIndicator {

    private final Map<String, Stuck> stuck = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Stuck(Instant since, int attempts, String reason) {}

    public ConsumerHealth(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        Gauge.builder("msh.events.consumer.stuck", stuck, Map::size)
                .description("Topics whose consumer is retrying a batch that failed for a reason outside the event")
                .register(registry);
    }

    void failed(String topic, Throwable reason) {
        stuck.merge(
                topic,
                new Stuck(clock.instant(), 1, String.valueOf(reason)),
                (was, now) -> new Stuck(was.since(), was.attempts() + 1, now.reason()));
    }

    void succeeded(String topic) {
        stuck.remove(topic);
    }

    public boolean isStuck() {
        return !stuck.isEmpty();
    }

    @Override
    public Health health() {
        if (stuck.isEmpty()) {
            return Health.up().build();
        }
        Health.Builder down = Health.down();
        stuck.forEach((topic, s) -> down.withDetail(
                topic,
                Map.of(
                        "since", s.since().toString(),
                        "for", Duration.between(s.since(), clock.instant()).toString(),
                        "attempts", s.attempts(),
                        "reason", s.reason())));
        return down.build();
    }
}
