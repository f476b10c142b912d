package de.msh.platform.outbox.relay;

import de.msh.platform.outbox.OutboxEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's passes: claim a batch of documents, send all their events at once (the sender keeps each aggregate's
 * order), wait for the acknowledgments together, and settle the whole batch with one bulk write. Acknowledged events
 * leave their documents, events that can never be sent are parked with their reason, and an aggregate whose send
 * failed keeps that event and every later one for a later pass, without holding up the other aggregates.
 */
final class RelayPasses {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    // one look for waiting documents serves this many batches: the look scans and sorts every pending document
    private static final int BATCHES_PER_LOOKUP = 20;
    // longer than the producer's delivery timeout, after which every send has completed one way or the other
    private static final Duration ACKNOWLEDGMENT_WAIT = Duration.ofSeconds(60);

    private final OutboxDocuments documents;
    private final OutboxSender sender;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final int batchSize;
    private final ThreadPoolExecutor sending = sendingThread();

    RelayPasses(OutboxDocuments documents, OutboxSender sender, OutboxMetrics metrics, Clock clock, int batchSize) {
        this.documents = documents;
        this.sender = sender;
        this.metrics = metrics;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * Relays every document of these collections that has pending events and no other holder, oldest first;
     * returns the events sent. While one batch is on its way to the broker the next one is claimed, so the store and the broker work at the
     * same time; the batches never share a document, since a batch keeps its leases until it is settled.
     */
    int sweep(Set<String> collections) {
        int sent = 0;
        int lookup = batchSize * BATCHES_PER_LOOKUP;
        for (String collection : collections) {
            @Nullable InFlight previous = null;
            boolean more = true;
            while (more) {
                List<Object> waiting = documents.waiting(collection, lookup);
                boolean claimedAny = false;
                for (int from = 0; from < waiting.size(); from += batchSize) {
                    List<ClaimedDocument> claimed = documents.claim(
                            collection, waiting.subList(from, Math.min(waiting.size(), from + batchSize)));
                    claimedAny |= !claimed.isEmpty();
                    InFlight current = startInBackground(claimed);
                    if (previous != null) {
                        sent += finish(previous);
                    }
                    previous = current;
                }
                more = waiting.size() == lookup && claimedAny;
            }
            if (previous != null) {
                Map<ClaimedDocument, List<CompletableFuture<Void>>> last =
                        previous.started().join();
                sender.flush();
                sent += settle(last);
            }
        }
        documents.forgetExpiredLeases();
        metrics.pending(collections.stream().mapToLong(documents::countPending).sum());
        metrics.parked(documents.countParked());
        return sent;
    }

    /** Sends every event of the claimed documents at once, then settles them together; returns the events sent. */
    int publish(List<ClaimedDocument> claimed) {
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<ClaimedDocument, List<CompletableFuture<Void>>> sends = start(claimed);
        sender.flush();
        return settle(sends);
    }

    /** A claimed batch whose events are on their way, with one pending acknowledgment per event. */
    private record InFlight(CompletableFuture<Map<ClaimedDocument, List<CompletableFuture<Void>>>> started) {}

    private Map<ClaimedDocument, List<CompletableFuture<Void>>> start(List<ClaimedDocument> claimed) {
        Map<ClaimedDocument, List<CompletableFuture<Void>>> sends = new LinkedHashMap<>();
        for (ClaimedDocument document : claimed) {
            sends.put(document, document.events().stream().map(sender::send).toList());
        }
        return sends;
    }

    /**
     * Hands a batch to the sending thread, so that building and compressing its records overlaps with the store's
     * work on the batches before and after it. One thread sends every batch, in the order they were claimed.
     */
    private InFlight startInBackground(List<ClaimedDocument> claimed) {
        return new InFlight(CompletableFuture.supplyAsync(() -> start(claimed), sending));
    }

    /** Waits for one batch's acknowledgments (not for later batches, as a flush would) and settles it. */
    private int finish(InFlight batch) {
        Map<ClaimedDocument, List<CompletableFuture<Void>>> sends =
                batch.started().join();
        CompletableFuture<?>[] all =
                sends.values().stream().flatMap(List::stream).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(all)
                    .handle((done, failure) -> done)
                    .get(ACKNOWLEDGMENT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // what did not complete counts as failed and stays pending
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** One thread, started for a sweep's backlog and gone after half a minute without one. */
    private static ThreadPoolExecutor sendingThread() {
        var executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay-send");
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
