package de.msh.platform.outbox.relay;

import de.msh.platform.outbox.OutboxEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
 * <p>One pass claims up to a batch of documents under a lease, starts sending all their pending events at once
 * (the sender keeps each aggregate's order), waits for the acknowledgments together, and then settles the whole
 * batch with one bulk write: acknowledged events leave their documents, events that can never be sent are parked
 * with their reason, and an aggregate whose send failed keeps that event and every later one for a later pass,
 * without holding up the other aggregates.
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
    private final OutboxSender sender;
    private final Set<String> collections;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Duration sweepInterval;
    private final int batchSize;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition hinted = lock.newCondition();
    private final Map<String, Set<Object>> hints = new LinkedHashMap<>();
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
        this.sender = sender;
        this.collections = Set.copyOf(collections);
        this.metrics = metrics;
        this.clock = clock;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
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

    /** Publishes what one document has pending, if its lease is free; returns how many events were sent. */
    public int relay(String collection, Object id) {
        return publish(documents.claim(collection, List.of(id)));
    }

    /** Relays every document that has pending events and a free lease, oldest first; returns the events sent. */
    public int sweep() {
        int sent = 0;
        for (String collection : collections) {
            List<ClaimedDocument> claimed;
            do {
                claimed = documents.claim(collection, documents.waiting(collection, batchSize));
                sent += publish(claimed);
            } while (claimed.size() == batchSize);
        }
        metrics.pending(collections.stream().mapToLong(documents::countPending).sum());
        metrics.parked(documents.countParked());
        return sent;
    }

    /** Sends every event of the claimed documents at once, then settles them together; returns the events sent. */
    int publish(List<ClaimedDocument> claimed) {
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<ClaimedDocument, List<CompletableFuture<Void>>> sends = new LinkedHashMap<>();
        for (ClaimedDocument document : claimed) {
            sends.put(document, document.events().stream().map(sender::send).toList());
        }
        sender.flush();
        return settle(sends);
    }

    private int settle(Map<ClaimedDocument, List<CompletableFuture<Void>>> sends) {
        Map<String, List<Delivery>> byCollection = new LinkedHashMap<>();
        Instant now = clock.instant();
        int acknowledged = 0;
        List<Delivery> incomplete = new ArrayList<>();
        for (var entry : sends.entrySet()) {
            Delivery delivery = Delivery.of(entry.getKey(), entry.getValue(), sender);
            byCollection
                    .computeIfAbsent(entry.getKey().collection(), c -> new ArrayList<>())
                    .add(delivery);
            List<OutboxEntry> sent = delivery.acknowledged();
            acknowledged += sent.size();
            report(delivery, sent, now);
            if (!delivery.complete()) {
                incomplete.add(delivery);
            }
        }
        byCollection.forEach(documents::settle);
        if (!incomplete.isEmpty()) {
            metrics.failed();
            ClaimedDocument first = incomplete.get(0).document();
            log.warn(
                    "Could not publish all events of {} documents (first: {} {}); the rest stay pending and are"
                            + " retried after the lease",
                    incomplete.size(),
                    first.collection(),
                    first.id());
        }
        return acknowledged;
    }

    private void report(Delivery delivery, List<OutboxEntry> sent, Instant now) {
        sent.forEach(e -> metrics.sent(Duration.between(e.occurredAt(), now)));
        delivery.parked().forEach((event, reason) -> {
            metrics.parkedOne();
            log.error(
                    "Parked event {} ({} #{}) of {} {}: it can never be sent ({}); see collection {}",
                    event.eventId(),
                    event.type(),
                    event.sequence(),
                    delivery.document().collection(),
                    delivery.document().id(),
                    reason,
                    OutboxDocuments.PARKED);
        });
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
                publish(documents.claim(collection, all.subList(from, Math.min(all.size(), from + batchSize))));
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
