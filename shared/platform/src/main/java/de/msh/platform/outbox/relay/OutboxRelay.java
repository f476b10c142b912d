package de.msh.platform.outbox.relay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the events that aggregates recorded in their own documents, in order per aggregate, at least once.
 *
 * <p>What one pass does is {@link RelayPasses}'; this class decides when passes run.
 *
 * <p>Work arrives two ways: an in-process hint after every save, for low latency, and a sweep every few seconds
 * that finds what a crash, a failure or another instance left behind. A full batch means a backlog, so the next
 * pass starts at once. One worker thread runs every pass; it survives any failure, and a gauge shows how long ago
 * its last pass succeeded.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(1);

    private final OutboxDocuments documents;
    private final Set<String> collections;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Duration sweepInterval;
    private final int batchSize;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition hinted = lock.newCondition();
    private final Map<String, Set<Object>> hints = new LinkedHashMap<>();
    private final RelayPasses passes;
    private @Nullable Thread worker;
    private volatile boolean running;

    public OutboxRelay(
            OutboxDocuments documents,
            OutboxSender sender,
            Set<String> collections,
            OutboxMetrics metrics,
            Clock clock,
            Duration sweepInterval,
            int batchSize) {
        this.documents = documents;
        this.collections = Set.copyOf(collections);
        this.metrics = metrics;
        this.clock = clock;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
        this.passes = new RelayPasses(documents, sender, metrics, clock, batchSize);
        metrics.lastSuccess(clock.instant());
    }

    /** Asks the relay to look at one document soon; called after every save of an aggregate with pending events. */
    public void hint(String collection, Object id) {
        lock.lock();
        try {
            hints.computeIfAbsent(collection, c -> new LinkedHashSet<>()).add(id);
            hinted.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Publishes what one document has pending, unless another relay holds it; returns how many events were sent. */
    public int relay(String collection, Object id) {
        return passes.publish(documents.claim(collection, List.of(id)));
    }

    /**
     * Relays every document that has pending events and no other holder, oldest first; returns the events sent.
     */
    public int sweep() {
        return passes.sweep(collections);
    }

    private void work() {
        Instant nextSweep = clock.instant();
        while (running) {
            try {
                publishHinted();
                if (!clock.instant().isBefore(nextSweep)) {
                    sweep();
                    nextSweep = clock.instant().plus(sweepInterval);
                }
                metrics.lastSuccess(clock.instant());
                awaitHint(Duration.between(clock.instant(), nextSweep));
            } catch (Throwable failure) {
                metrics.failed();
                log.warn("Outbox relay pass failed; retrying", failure);
                pause();
            }
        }
    }

    private void publishHinted() {
        Map<String, Set<Object>> taken = takeHints();
        taken.forEach((collection, ids) -> {
            List<Object> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += batchSize) {
                passes.publish(documents.claim(collection, all.subList(from, Math.min(all.size(), from + batchSize))));
            }
        });
    }

    private Map<String, Set<Object>> takeHints() {
        lock.lock();
        try {
            Map<String, Set<Object>> taken = new LinkedHashMap<>(hints);
            hints.clear();
            return taken;
        } finally {
            lock.unlock();
        }
    }

    private void awaitHint(Duration atMost) throws InterruptedException {
        lock.lock();
        try {
            if (hints.isEmpty() && running && !atMost.isNegative()) {
                hinted.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
    }

    private void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        if (worker == null) {
            running = true;
            worker = new Thread(this::work, "outbox-relay");
            worker.setDaemon(true);
            worker.start();
        }
    }

    @Override
    public synchronized void stop() {
        Thread current = worker;
        if (current != null) {
            running = false;
            lock.lock();
            try {
                hinted.signalAll();
            } finally {
                lock.unlock();
            }
            try {
                current.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }
}
