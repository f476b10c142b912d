package de.msh.platform.inbox;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * For consumers that act outside their own store (send a mail, call a service). Per event id, under the unique
 * {@code _id}, it records that the effect <em>started</em>, runs it, then records that it is <em>done</em>:
 *
 * <ul>
 *   <li>a redelivery after done does nothing;
 *   <li>an effect that failed, or whose process died before done was written, runs again on the next delivery
 *       (the failure is rethrown, so the batch is retried); it is never dropped.
 * </ul>
 * So an effect can run more than once and must tolerate a repeat (a mail's Message-ID, an idempotency key). No
 * expiry: topics keep everything, so a redelivery can come at any time.
 */
public class SideEffects {

    public static final String COLLECTION = "side_effects";

    static final String STARTED = "STARTED";
    static final String DONE = "DONE";

    private final MongoTemplate mongo;
    private final Clock clock;

    public SideEffects(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Runs the effect unless it is done already; APPLIED if it ran now, DUPLICATE if it had been done before. */
    public Outcome once(UUID eventId, String type, Runnable effect) {
        String id = eventId.toString();
        if (!start(id, type)) {
            return Outcome.DUPLICATE;
        }
        try {
            effect.run();
        } catch (RuntimeException failure) {
            mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(id)),
                    new Update().set("lastFailure", String.valueOf(failure)),
                    COLLECTION);
            throw failure;
        }
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)),
                new Update().set("state", DONE).set("doneAt", now()),
                COLLECTION);
        return Outcome.APPLIED;
    }

    /** True if the effect must run: never started, or started and not done. */
    private boolean start(String id, String type) {
        try {
            mongo.insert(
                    new Document("_id", id)
                            .append("type", type)
                            .append("state", STARTED)
                            .append("attempts", 1)
                            .append("startedAt", now()),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException seenBefore) {
            var again = mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(id).and("state").is(STARTED)),
                    new Update().inc("attempts", 1).set("startedAt", now()),
                    COLLECTION);
            return again.getMatchedCount() > 0;
        }
    }

    private Date now() {
        return Date.from(clock.instant());
    }
}
