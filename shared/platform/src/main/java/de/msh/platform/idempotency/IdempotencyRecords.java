package de.msh.platform.idempotency;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The keyed requests of a service in {@value #COLLECTION}, one document per user and key: inserted before the
 * request runs (the store's unique {@code _id} lets exactly one of two equal requests run), then given its answer.
 */
public class IdempotencyRecords {

    static final String COLLECTION = "idempotency_requests";

    private final MongoTemplate mongo;

    public IdempotencyRecords(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** What was answered: status, content type, {@code Location} and body. */
    public record Answer(
            int status,
            @Nullable String contentType,
            @Nullable String location,
            String body) {}

    /** What the request with this key may do; {@code startedAt} identifies this run of it. */
    public record Claim(Outcome outcome, Instant startedAt, Optional<Answer> answer) {}

    public enum Outcome {
        /** first with this key, or taking over a run that died: run it */
        MINE,
        /** answered before: give that answer again */
        ANSWERED,
        /** running now elsewhere */
        RUNNING,
        /** the key belongs to another request */
        REUSED
    }

    Claim claim(String id, String fingerprint, Instant now, Instant staleBefore) {
        try {
            mongo.insert(
                    new Document("_id", id).append("fingerprint", fingerprint).append("startedAt", Date.from(now)),
                    COLLECTION);
            return new Claim(Outcome.MINE, now, Optional.empty());
        } catch (DuplicateKeyException taken) {
            Document known = mongo.findById(id, Document.class, COLLECTION);
            if (known == null) {
                // forgotten in between (its run failed): try once more as if new
                return claim(id, fingerprint, now, staleBefore);
            }
            if (!fingerprint.equals(known.getString("fingerprint"))) {
                return new Claim(Outcome.REUSED, now, Optional.empty());
            }
            Document answer = known.get("answer", Document.class);
            if (answer != null) {
                return new Claim(
                        Outcome.ANSWERED,
                        known.getDate("startedAt").toInstant(),
                        Optional.of(new Answer(
                                answer.getInteger("status"),
                                answer.getString("contentType"),
                                answer.getString("location"),
                                answer.getString("body"))));
            }
            Date started = known.getDate("startedAt");
            if (started.toInstant().isBefore(staleBefore)) {
                var takeover = mongo.updateFirst(
                        Query.query(Criteria.where("_id")
                                .is(id)
                                .and("startedAt")
                                .is(started)
                                .and("answer")
                                .exists(false)),
                        Update.update("startedAt", Date.from(now)),
                        COLLECTION);
                if (takeover.getModifiedCount() == 1) {
                    return new Claim(Outcome.MINE, now, Optional.empty());
                }
            }
            return new Claim(Outcome.RUNNING, now, Optional.empty());
        }
    }

    void answered(String id, Instant startedAt, Answer answer) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and("startedAt").is(Date.from(startedAt))),
                Update.update(
                        "answer",
                        new Document("status", answer.status())
                                .append("contentType", answer.contentType())
                                .append("location", answer.location())
                                .append("body", answer.body())),
                COLLECTION);
    }

    void forget(String id, Instant startedAt) {
        mongo.remove(
                Query.query(Criteria.where("_id")
                        .is(id)
                        .and("startedAt")
                        .is(Date.from(startedAt))
                        .and("answer")
                        .exists(false)),
                COLLECTION);
    }
}
