package de.msh.platform.outbox;

import de.msh.events.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate that publishes events. A state-changing method validates, mutates and then
 * {@linkplain #record records} its event in the same document, so one single-document save commits the change and
 * its event together or not at all (no multi-document transactions needed). The relay later publishes and removes
 * the entries and bumps {@code version}, so a stale save cannot bring sent events back.
 *
 * <p>The document's {@code _id} must be the aggregate id, which is also every event's subject.
 */
public abstract class OutboxAggregate {

    /** Field names the relay works on; keep them in step with the fields below. */
    public static final String OUTBOX = "outbox";

    public static final String VERSION = "version";

    static final int HANDLED_KEPT = 50;

    @Version
    private @Nullable Long version;

    private long eventSequence;
    private List<OutboxEntry> outbox = new ArrayList<>();

    /** Tokens of the keyed requests that changed this aggregate lately, saved with the change they made. */
    private List<String> handledRequests = new ArrayList<>();

    /** The aggregate id: the document's {@code _id} and the subject of its events. */
    public abstract String aggregateId();

    protected final void record(DomainEvent event, Instant occurredAt) {
        eventSequence++;
        outbox.add(OutboxEntry.of(event, aggregateId(), eventSequence, occurredAt));
    }

    /** The optimistic-locking version; null before the first save. */
    public final @Nullable Long version() {
        return version;
    }

    /** How many events this aggregate has ever recorded; the sequence of the last one. */
    public final long eventSequence() {
        return eventSequence;
    }

    /** Whether the change with this {@code RequestKey} token was made here already. */
    public final boolean handled(String requestToken) {
        return handledRequests != null && handledRequests.contains(requestToken);
    }

    /**
     * Remembers the change's token, to be saved with it. The last {@value #HANDLED_KEPT} are kept: a retry comes
     * within minutes, and the answers themselves are kept by the idempotency filter.
     */
    final void handledNow(String requestToken) {
        if (handledRequests == null) {
            handledRequests = new ArrayList<>();
        }
        handledRequests.add(requestToken);
        if (handledRequests.size() > HANDLED_KEPT) {
            handledRequests.remove(0);
        }
    }

    /** Events recorded but not yet confirmed sent by the relay, oldest first. */
    public final List<OutboxEntry> pendingEvents() {
        return Collections.unmodifiableList(outbox);
    }
}
