package de.msh.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.msh.events.EventCodec;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * Documents shaped exactly as an {@code OutboxAggregate} stores them, with a backlog of pending events, and the
 * store's raw bulk-write rates for the same documents and for read-model rows.
 */
public final class Backlog {

    static final String TYPE = "msh.projects.ProjectRegistered.v1";
    private static final int CHUNK = 500;

    private Backlog() {}

    /** {@code aggregates} documents with {@code eventsEach} pending events each. */
    static List<Document> documents(int aggregates, int eventsEach) {
        EventCodec codec = EventCodec.standard();
        Date now = new Date();
        List<Document> documents = new ArrayList<>(aggregates);
        for (int a = 0; a < aggregates; a++) {
            String id = UUID.randomUUID().toString();
            String payload = codec.toJson(new ProjectRegistered(
                    id, "B-" + a, "Messprojekt " + a, null, List.of("Eisleben"), ProjectPhase.IDEA, null, List.of()));
            List<Document> outbox = new ArrayList<>(eventsEach);
            for (int s = 1; s <= eventsEach; s++) {
                outbox.add(new Document("eventId", UUID.randomUUID().toString())
                        .append("type", TYPE)
                        .append("subject", id)
                        .append("sequence", (long) s)
                        .append("occurredAt", now)
                        .append("payload", payload));
            }
            documents.add(new Document("_id", id)
                    .append("version", 0L)
                    .append("eventSequence", (long) eventsEach)
                    .append("outbox", outbox));
        }
        return documents;
    }

    static int payloadSize(List<Document> documents) {
        return documents
                .get(0)
                .getList("outbox", Document.class)
                .get(0)
                .getString("payload")
                .length();
    }

    /** Inserts the documents in unordered bulks of 500; returns the seconds it took. */
    static double insert(MongoCollection<Document> collection, List<Document> documents) {
        long start = System.nanoTime();
        for (int from = 0; from < documents.size(); from += CHUNK) {
            collection.insertMany(
                    documents.subList(from, Math.min(documents.size(), from + CHUNK)),
                    new InsertManyOptions().ordered(false));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The raw rate of read-model writes: unordered bulks of 500 upserts by {@code _id}, one per event, spread over
     * {@code rows} rows, without a sequence guard. Returns writes per second.
     */
    public static double rawRowWrites(MongoCollection<Document> collection, int writes, int rows) {
        long start = System.nanoTime();
        List<UpdateOneModel<Document>> bulk = new ArrayList<>(CHUNK);
        for (int w = 0; w < writes; w++) {
            bulk.add(new UpdateOneModel<>(
                    Filters.eq("_id", "row-" + (w % rows)),
                    Updates.combine(Updates.set("title", "Messprojekt " + w), Updates.set("appliedSequence", w)),
                    new UpdateOptions().upsert(true)));
            if (bulk.size() == CHUNK) {
                collection.bulkWrite(bulk, new BulkWriteOptions().ordered(false));
                bulk.clear();
            }
        }
        if (!bulk.isEmpty()) {
            collection.bulkWrite(bulk, new BulkWriteOptions().ordered(false));
        }
        return writes / ((System.nanoTime() - start) / 1e9);
    }
}
