package de.msh.platform.outbox.relay;

import de.msh.platform.outbox.OutboxAggregate;
import de.msh.platform.outbox.OutboxEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The relay's writes on the aggregates' documents: claim many at once under a lease, clear what the broker
 * acknowledged in one bulk write, and park what can never be sent. Two relays never hold one document together:
 * a claim is one atomic update per document that only takes a document whose lease is free, and marks it with
 * the claiming pass's token.
 */
public class OutboxDocuments {

    /** Entries that can never be sent, kept with their reason; nothing is dropped. */
    public static final String PARKED = "outbox_parked";

    static final String CLAIM = "relayClaim";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration lease;

    public OutboxDocuments(MongoTemplate mongo, Clock clock, Duration lease) {
        this.mongo = mongo;
        this.clock = clock;
        this.lease = lease;
    }

    /** Ids of up to {@code limit} documents with pending events and a free lease, oldest pending event first. */
    List<Object> waiting(String collection, int limit) {
        Query query =
                Query.query(pendingAndFree(new Criteria())).with(Sort.by(OutboxAggregate.OUTBOX + ".0.occurredAt"));
        query.limit(limit).fields().include("_id");
        return mongo.find(query, Document.class, collection).stream()
                .map(d -> d.get("_id"))
                .toList();
    }

    /** Claims those of the given documents that have pending events and a free lease; returns what was claimed. */
    List<ClaimedDocument> claim(String collection, Collection<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        Query free =
                // _id at the top level, beside the other conditions, so the store finds the documents by their ids
                Query.query(pendingAndFree(Criteria.where("_id").in(ids)));
        mongo.updateMulti(
                free,
                new Update()
                        .set(OutboxAggregate.LEASE, Date.from(clock.instant().plus(lease)))
                        .set(CLAIM, token),
                collection);
        Query mine = Query.query(Criteria.where("_id").in(ids).and(CLAIM).is(token));
        mine.fields().include("_id").include(OutboxAggregate.OUTBOX);
        List<ClaimedDocument> claimed = new ArrayList<>();
        for (Document document : mongo.find(mine, Document.class, collection)) {
            List<OutboxEntry> events = document.getList(OutboxAggregate.OUTBOX, Document.class).stream()
                    .map(OutboxDocuments::entryOf)
                    .toList();
            claimed.add(new ClaimedDocument(collection, document.get("_id"), events));
        }
        return claimed;
    }

    /**
     * One bulk write for a pass's results in one collection: each document loses exactly the entries that were
     * acknowledged or parked and its version goes up, so a stale copy saved later fails instead of bringing them
     * back. A document whose delivery stopped keeps its lease, so it is retried when the lease runs out.
     */
    void settle(String collection, List<Delivery> deliveries) {
        List<Delivery> parked =
                deliveries.stream().filter(d -> !d.parked().isEmpty()).toList();
        if (!parked.isEmpty()) {
            BulkOperations park = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PARKED);
            parked.forEach(d -> d.parked()
                    .forEach((event, reason) -> park.upsert(
                            Query.query(Criteria.where("_id").is(event.eventId())),
                            new Update()
                                    .set("collection", collection)
                                    .set("aggregateId", d.document().id())
                                    .set("type", event.type())
                                    .set("sequence", event.sequence())
                                    .set("occurredAt", Date.from(event.occurredAt()))
                                    .set("payload", event.payload())
                                    .set("reason", reason)
                                    .set("parkedAt", Date.from(clock.instant())))));
            park.execute();
        }
        BulkOperations clear = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int writes = 0;
        for (Delivery delivery : deliveries) {
            Update update = new Update();
            if (delivery.leaving() > 0) {
                // one comparison per entry; an $in over the sent ids was quadratic in the backlog of a document
                update.pull(
                                OutboxAggregate.OUTBOX,
                                new Document("sequence", new Document("$lte", delivery.leavingThrough())))
                        .inc(OutboxAggregate.VERSION, 1);
            }
            if (delivery.complete()) {
                update.unset(OutboxAggregate.LEASE).unset(CLAIM);
            }
            if (!update.getUpdateObject().isEmpty()) {
                clear.updateOne(
                        Query.query(Criteria.where("_id").is(delivery.document().id())), update);
                writes++;
            }
        }
        if (writes > 0) {
            clear.execute();
        }
    }

    private static OutboxEntry entryOf(Document entry) {
        return new OutboxEntry(
                entry.getString("eventId"),
                entry.getString("type"),
                entry.getString("subject"),
                ((Number) entry.get("sequence")).longValue(),
                entry.getDate("occurredAt").toInstant(),
                entry.getString("payload"));
    }

    /** Entries waiting in one collection, for the pending gauge. */
    long countPending(String collection) {
        var count = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(OutboxAggregate.OUTBOX + ".0").exists(true)),
                Aggregation.project()
                        .and(ArrayOperators.Size.lengthOfArray(OutboxAggregate.OUTBOX))
                        .as("n"),
                Aggregation.group().sum("n").as("total"));
        Document result = mongo.aggregate(count, collection, Document.class).getUniqueMappedResult();
        return result == null ? 0 : ((Number) result.get("total")).longValue();
    }

    long countParked() {
        return mongo.getCollection(PARKED).countDocuments();
    }

    private Criteria pendingAndFree(Criteria criteria) {
        return criteria.and(OutboxAggregate.OUTBOX + ".0")
                .exists(true)
                .orOperator(
                        Criteria.where(OutboxAggregate.LEASE).is(null),
                        Criteria.where(OutboxAggregate.LEASE).lt(Date.from(clock.instant())));
    }
}
