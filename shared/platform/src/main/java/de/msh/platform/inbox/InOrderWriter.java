package de.msh.platform.inbox;

import java.util.Set;
import java.util.function.IntConsumer;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
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
 *
 * <p>While the {@link EventInbox} handles a consumed batch, these writes are collected and written together when
 * the batch's handlers are done (see {@link PendingWrites}); {@link #apply} then answers true for "will be written",
 * and the inbox counts the real outcome. A handler must therefore not read back, in the same batch, a row it wrote
 * through this writer.
 */
public class InOrderWriter {

    public static final String SEQUENCE = "appliedSequence";

    private final MongoTemplate mongo;
    private final ThreadLocal<@Nullable PendingWrites> batch = new ThreadLocal<>();

    public InOrderWriter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Returns true if the row changed (or, inside a batch, will be written), false if it had been applied before. */
    public boolean apply(String collection, String subject, long sequence, Update change) {
        PendingWrites pending = batch.get();
        if (pending != null) {
            pending.add(collection, subject, sequence, withSequence(change, sequence));
            return true;
        }
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

    /** The change's update document with the sequence set as well; the change itself stays as it was. */
    private static Document withSequence(Update change, long sequence) {
        Document update = new Document(change.getUpdateObject());
        Document sets = update.get("$set", Document.class);
        Document withSequence = sets == null ? new Document() : new Document(sets);
        withSequence.put(SEQUENCE, sequence);
        update.put("$set", withSequence);
        return update;
    }

    /**
     * Runs the handlers of one batch with every write collected, then writes them; {@code handle} gets each event's
     * index and must call the handler of that event. Returns which events had writes and which of them changed a row.
     */
    BatchOutcome inBatch(int events, IntConsumer handle) {
        PendingWrites pending = new PendingWrites();
        batch.set(pending);
        try {
            for (int i = 0; i < events; i++) {
                pending.forEvent(i);
                handle.accept(i);
            }
        } finally {
            batch.remove();
        }
        Set<Integer> changed = pending.flush(mongo);
        return new BatchOutcome(pending, changed);
    }

    record BatchOutcome(PendingWrites writes, Set<Integer> changed) {

        /** An event whose every collected write was refused by the guard was a redelivery. */
        boolean redelivered(int event) {
            return writes.wrote(event) && !changed.contains(event);
        }
    }
}
