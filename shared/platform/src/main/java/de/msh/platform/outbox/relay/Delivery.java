package de.msh.platform.outbox.relay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * What became of one claimed document's events in one pass. Walked in recorded order: acknowledged events are
 * done, an event that can never be sent is parked with its reason, and the first other failure (or an event not
 * sent at all) ends the walk, so it and everything after it stay pending for a later pass, in order.
 */
record Delivery(ClaimedDocument document, List<String> done, Map<PendingEvent, String> parked, boolean complete) {

    static Delivery of(ClaimedDocument document, List<CompletableFuture<Void>> sends, OutboxSender sender) {
        List<String> done = new ArrayList<>();
        Map<PendingEvent, String> parked = new LinkedHashMap<>();
        List<PendingEvent> events = document.events();
        for (int i = 0; i < events.size(); i++) {
            if (i >= sends.size()) {
                return new Delivery(document, done, parked, false);
            }
            Throwable failure = failureOf(sends.get(i));
            if (failure == null) {
                done.add(events.get(i).eventId());
            } else if (sender.neverSendable(failure)) {
                parked.put(events.get(i), failure.getClass().getSimpleName() + ": " + failure.getMessage());
                done.add(events.get(i).eventId());
            } else {
                return new Delivery(document, done, parked, false);
            }
        }
        return new Delivery(document, done, parked, true);
    }

    /** The failure of a completed send, or null if it succeeded; a send still open counts as failed. */
    static @Nullable Throwable failureOf(CompletableFuture<Void> send) {
        if (!send.isDone()) {
            return new IllegalStateException("No acknowledgment before the pass ended");
        }
        try {
            send.get();
            return null;
        } catch (ExecutionException | CompletionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    int acknowledged() {
        return done.size() - parked.size();
    }

    /**
     * The sequence of the last event that left the outbox, or 0. What is done is always a prefix of the recorded
     * events, and later events only ever get higher sequences, so "up to this sequence" names exactly the done ones.
     */
    long doneThrough() {
        return done.isEmpty() ? 0 : document.events().get(done.size() - 1).sequence();
    }
}
