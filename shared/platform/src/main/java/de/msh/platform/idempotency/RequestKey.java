package de.msh.platform.idempotency;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} of the request this thread serves, scoped to its user. Each change a request makes to
 * an aggregate gets a token of its own ({@code <user>|<key>|<aggregate>|<n>}): the same request run again makes the
 * same changes in the same order and so asks for the same tokens, which the aggregate has already seen.
 */
public final class RequestKey {

    private static final ThreadLocal<RequestKey> CURRENT = new ThreadLocal<>();

    private final String scopedKey;
    private final Map<String, Integer> changesByAggregate = new HashMap<>();

    private RequestKey(String scopedKey) {
        this.scopedKey = scopedKey;
    }

    public static Optional<RequestKey> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The token of the next change to this aggregate within the request. */
    public String nextToken(String aggregateId) {
        int n = changesByAggregate.merge(aggregateId, 1, Integer::sum);
        return scopedKey + "|" + aggregateId + "|" + n;
    }

    static void open(String user, String key) {
        CURRENT.set(new RequestKey(user + "|" + key));
    }

    static void close() {
        CURRENT.remove();
    }
}
