package de.msh.platform.testapp;

import de.msh.platform.outbox.OutboxEntry;
import de.msh.platform.outbox.relay.OutboxSender;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.jspecify.annotations.Nullable;

/** A sender whose every send fails with what the function makes of the event; null lets the event through. */
record FailingSender(Function<OutboxEntry, @Nullable Throwable> failure) implements OutboxSender {

    @Override
    public CompletableFuture<Void> send(OutboxEntry event) {
        Throwable reason = failure.apply(event);
        return reason == null ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(reason);
    }

    @Override
    public void flush() {}

    @Override
    public boolean neverSendable(Throwable failure) {
        return failure instanceof RecordTooLargeException;
    }
}
