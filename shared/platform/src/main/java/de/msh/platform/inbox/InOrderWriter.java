package de.msh.platform.inbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Applies an event to a read-model row with one conditional write: the row of the event's subject is changed only
 * if the last sequence it applied is lower than the event's. That single write is atomic, ordered and idempotent,
 * which two writes ("apply, then remember the id") can never be without transactions. As an upsert, a failed guard
 * surfaces as a duplicate key on {@code _id}: that means "already applied".
 */
public class InOrderWriter {

    public static final String SEQUENCE = "appliedSequence";

    private final MongoTemplate mongo;

    public InOrderWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Returns true if the row changed, false if this or a later event of the subject was applied before. */
    public boolean apply(String collection, String subject, long sequence, Update change) {
        Query guard =
                Query.query(Criteria.where("_id").is(subject).and(SEQUENCE).lt(sequence));
        Update update = Update.fromDocument(change.getUpdateObject()).set(SEQUENCE, sequence);
        try {
            var result = mongo.upsert(guard, update, collection);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }
}
