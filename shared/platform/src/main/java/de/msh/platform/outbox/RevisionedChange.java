package de.msh.platform.outbox;

import de.msh.platform.idempotency.RequestKey;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One change to an outbox aggregate, on the revision the caller saw. The relay bumps the document version when it
 * confirms published events, so a save can lose a race against it without any real conflict: then the change is
 * applied again to a fresh copy, where the revision check still catches a true conflict (409 stale-version).
 */
public final class RevisionedChange {

    static final int SAVE_ATTEMPTS = 3;

    private RevisionedChange() {}

    /**
     * @param revision the aggregate's business revision (not its {@code @Version}, which the relay bumps too)
     * @param expected the revision the caller saw; null to change whatever is current
     */
    public static <A extends OutboxAggregate> A apply(
            Supplier<A> load,
            ToLongFunction<A> revision,
            @Nullable Long expected,
            Consumer<A> change,
            UnaryOperator<A> save) {
        String token = null;
        for (int attempt = 1; ; attempt++) {
            A aggregate = load.get();
            if (attempt == 1) {
                token = RequestKey.current()
                        .map(key -> key.nextToken(aggregate.aggregateId()))
                        .orElse(null);
            }
            if (token != null && aggregate.handled(token)) {
                // this very request changed it before its process died: the change is there, not to be made twice
                return aggregate;
            }
            long current = revision.applyAsLong(aggregate);
            if (expected != null && expected != current) {
                throw new OptimisticLockingFailureException(
                        aggregate.aggregateId() + " is at revision " + current + ", not " + expected);
            }
            change.accept(aggregate);
            if (token != null) {
                aggregate.handledNow(token);
            }
            try {
                return save.apply(aggregate);
            } catch (OptimisticLockingFailureException raceWithRelay) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw raceWithRelay;
                }
            }
        }
    }
}
