package de.msh.platform.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * For consumers and jobs that act outside their own store (send a mail, call a service). Per key (an event id, or a
 * name-based id of what the effect is about), under the unique {@code _id}, it records that the effect
 * <em>started</em>, runs it, then records that it is <em>done</em>:
 *
 * <ul>
 *   <li>a repeat after done does nothing;
 *   <li>an effect that failed runs again at the next attempt (the failure is rethrown, so a batch is retried);
 *   <li>an effect whose process died before done was written runs again once its lease has run out; it is never
 *       dropped;
 *   <li>while another instance holds the lease, {@link EffectInProgress} is thrown: the caller tries again later,
 *       so two instances never act at once.
 * </ul>
 * A process that dies after acting and before writing done makes the effect run twice, so the effect must tolerate a
 * repeat (a mail's Message-ID, an idempotency key). No expiry: topics keep everything, so a redelivery can come at any
 * time.
 */
public class SideEffects {

    public static final String COLLECTION = "side_effects";

    /** Longer than any effect takes; a started effect older than this belongs to a process that died. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

    static final String STARTED = "STARTED";
    static final String FAILED = "FAILED";
    static final String DONE = "DONE";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;

    public SideEffects(MongoTemplate mongo, Clock clock) {
        this(mongo, clock, DEFAULT_LEASE);
    }

    public SideEffects(MongoTemplate mongo, Clock clock, Duration lease) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = lease;
    }

    /** Runs the effect unless it is done already; APPLIED if it ran now, DUPLICATE if it had been done before. */
    public Outcome once(UUID key, String type, Runnable effect) {
        String id = key.toString();
        if (!start(id, type)) {
            return Outcome.DUPLICATE;
        }
        try {
            effect.run();
        } catch (RuntimeException failure) {
            // released at once: the retry that follows need not wait for the lease
            mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(id)),
                    new Update().set("state", FAILED).set("lastFailure", String.valueOf(failure)),
                    COLLECTION);
            throw failure;
        }
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id)),
                new Update().set("state", DONE).set("doneAt", now()),
                COLLECTION);
        return Outcome.APPLIED;
    }

    /**
     * True if the effect must run now: never started, failed, or started by a process whose lease ran out. The claim
     * is one conditional write, so of two instances only one wins it.
     */
    private boolean start(String id, String type) {
        Date now = now();
        try {
            mongo.insert(
                    new Document("_id", id)
                            .append("type", type)
                            .append("state", STARTED)
                            .append("attempts", 1)
                            .append("startedAt", now),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException seenBefore) {
            Criteria claimable = new Criteria()
                    .orOperator(
                            Criteria.where("state").is(FAILED),
                            Criteria.where("state")
                                    .is(STARTED)
                                    .and("startedAt")
                                    .lt(Date.from(now.toInstant().minus(lease))));
            var claimed = mongo.updateFirst(
                    Query.query(Criteria.where("_id").is(id).andOperator(claimable)),
                    new Update().set("state", STARTED).inc("attempts", 1).set("startedAt", now),
                    COLLECTION);
            if (claimed.getMatchedCount() > 0) {
                return true;
            }
            Document row = mongo.findById(id, Document.class, COLLECTION);
            if (row != null && DONE.equals(row.getString("state"))) {
                return false;
            }
            throw new EffectInProgress(id);
        }
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    /** Another attempt holds the effect's lease; try again later. */
    public static final class EffectInProgress extends RuntimeException {

        EffectInProgress(String id) {
            super("The side effect " + id + " is being carried out elsewhere; try again later");
        }
    }
}
