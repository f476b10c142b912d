package de.msh.platform.outbox.relay;

import de.msh.platform.outbox.OutboxEntry;
import java.util.concurrent.CompletableFuture;

/**
 * Where the relay hands events: sends return at once and complete when the broker acknowledged them, so a whole
 * batch is in flight together. Per subject, what is sent first must arrive first.
 */
public interface OutboxSender extends AutoCloseable {

    /** Starts sending one event; the future completes when the broker holds it, or fails with the reason. */
    CompletableFuture<Void> send(OutboxEntry event);

    /** Waits until every send started so far has completed or failed. */
    void flush();

    /**
     * True if the failure can never go away by retrying (the record is too large, say): the event is parked
     * instead of blocking its aggregate forever.
     */
    boolean neverSendable(Throwable failure);

    @Override
    default void close() {}
}
