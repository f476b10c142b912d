package de.msh.platform.outbox.relay;

import de.msh.platform.outbox.OutboxEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * What became of one claimed document's events in one pass. Walked in recorded order: acknowledged events leave the
 * outbox, an event that can never be sent leaves it parked with its reason, and the first other failure (or an event
 * not sent at all) ends the walk, so it and everything after it stay pending for a later pass, in order. What leaves
 * is therefore always the first {@code leaving} events.
 */
record Delivery(ClaimedDocument document, int leaving, Map<OutboxEntry, String> parked, boolean complete) {

    private static final Throwable NOT_SENT = new IllegalStateException("Not sent in this pass");

    static Delivery of(ClaimedDocument document, List<CompletableFuture<Void>> sends, OutboxSender sender) {
        Map<OutboxEntry, String> parked = new LinkedHashMap<>();
        List<OutboxEntry> events = document.events();
        for (int i = 0; i < events.size(); i++) {
            Throwable failure = i < sends.size() ? failureOf(sends.get(i)) : NOT_SENT;
            if (failure != null && sender.neverSendable(failure)) {
                parked.put(events.get(i), failure.getClass().getSimpleName() + ": " + failure.getMessage());
            } else if (failure != null) {
                return new Delivery(document, i, parked, false);
            }
        }
        return new Delivery(document, events.size(), parked, true);
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

    /** The events the broker acknowledged, in order. */
    List<OutboxEntry> acknowledged() {
        return document.events().subList(0, leaving).stream()
                .filter(event -> !parked.containsKey(event))
                .toList();
    }

    /**
     * The sequence of the last event that leaves the outbox, or 0. Later events only ever get higher sequences, so
     * "up to this sequence" names exactly the first {@code leaving} events.
     */
    long leavingThrough() {
        return leaving == 0 ? 0 : document.events().get(leaving - 1).sequence();
    }
}
