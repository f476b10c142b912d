package de.msh.platform.outbox.relay;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Which relay holds which aggregate document, kept in a small collection of its own ({@value #COLLECTION}) rather
 * than in the aggregates' documents: taking a lease then writes a few bytes instead of rewriting a document with
 * its whole outbox, and an aggregate's save never carries relay bookkeeping.
 *
 * <p>A lease is a document keyed by collection and aggregate id (aggregate ids are strings). Taking one is a single upsert that only matches an
 * expired lease: a live lease of another relay makes the upsert insert a second document with the same key, which
 * the store refuses, so two relays never hold one aggregate together. A relay gives back only leases that still
 * carry its own token, so a slow relay whose lease was taken over cannot release the new holder's.
 */
final class RelayLeases {

    static final String COLLECTION = "outbox_leases";

    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;

    RelayLeases(MongoTemplate mongo, Clock clock, Duration lease) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = lease;
    }

    /** A pass's hold on some documents of one collection. */
    record Held(String collection, String token, List<Object> ids) {}

    /** Takes the leases of those ids that no other relay holds now. */
    Held take(String collection, Collection<?> ids) {
        String token = UUID.randomUUID().toString();
        if (ids.isEmpty()) {
            return new Held(collection, token, List.of());
        }
        Date now = Date.from(clock.instant());
        Date until = Date.from(now.toInstant().plus(lease));
        List<Object> candidates = new ArrayList<>(ids);
        List<UpdateOneModel<Document>> takes = new ArrayList<>(candidates.size());
        for (Object id : candidates) {
            takes.add(new UpdateOneModel<>(
                    // one flat document, not Filters.and (which renders as $and): the store looks up a top-level _id
                    new Document("_id", key(collection, id)).append("until", new Document("$lt", now)),
                    Updates.combine(
                            Updates.set("collection", collection),
                            Updates.set("id", id),
                            Updates.set("token", token),
                            Updates.set("until", until)),
                    new UpdateOptions().upsert(true)));
        }
        Set<Integer> refused = new HashSet<>();
        try {
            leases().bulkWrite(takes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
        }
        List<Object> taken = new ArrayList<>(candidates.size() - refused.size());
        for (int i = 0; i < candidates.size(); i++) {
            if (!refused.contains(i)) {
                taken.add(candidates.get(i));
            }
        }
        return new Held(collection, token, taken);
    }

    /** Ids of the documents of one collection that some relay holds now. */
    Set<Object> held(String collection) {
        Set<Object> ids = new HashSet<>();
        leases().find(Filters.and(
                        Filters.eq("collection", collection), Filters.gte("until", Date.from(clock.instant()))))
                .projection(new Document("id", 1))
                .forEach(lease -> ids.add(lease.get("id")));
        return ids;
    }

    /**
     * Drops leases that ran out a lease's length ago: their documents were left incomplete by a pass and are taken
     * again anyway; only the collection would grow.
     */
    void forgetExpired() {
        leases().deleteMany(Filters.lt("until", Date.from(clock.instant().minus(lease))));
    }

    /** Gives back the leases of these ids, where they are still held under this token. */
    void release(String collection, String token, Collection<?> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> keys = ids.stream().map(id -> key(collection, id)).toList();
        leases().deleteMany(new Document("_id", new Document("$in", keys)).append("token", token));
    }

    private MongoCollection<Document> leases() {
        return mongo.getCollection(COLLECTION);
    }

    /** A string, not a document: the store compares plain values far faster, and a release names 500 at once. */
    private static String key(String collection, Object id) {
        return collection + ":" + id;
    }
}
