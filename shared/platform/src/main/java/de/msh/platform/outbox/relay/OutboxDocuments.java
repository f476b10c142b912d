package de.msh.platform.outbox.relay;

import de.msh.platform.outbox.OutboxAggregate;
import de.msh.platform.outbox.OutboxEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The relay's reads and writes on the aggregates' documents: find what waits, claim many documents at once under a
 * lease ({@link RelayLeases}), clear what the broker acknowledged in one bulk write, and park what can never be
 * sent. Two relays never hold one document together.
 */
public class OutboxDocuments {

    /** Entries that can never be sent, kept with their reason; nothing is dropped. */
    public static final String PARKED = "outbox_parked";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final RelayLeases leases;

    public OutboxDocuments(MongoTemplate mongo, Clock clock, Duration lease) {
        this.mongo = mongo;
        this.clock = clock;
        this.leases = new RelayLeases(mongo, clock, lease);
    }

    /** Ids of up to {@code limit} documents with pending events that no relay holds, oldest pending event first. */
    List<Object> waiting(String collection, int limit) {
        Set<Object> held = leases.held(collection);
        Query query = Query.query(Criteria.where(OutboxAggregate.OUTBOX + ".0").exists(true))
                .with(Sort.by(OutboxAggregate.OUTBOX + ".0.occurredAt"));
        query.limit(limit + held.size()).fields().include("_id");
        return mongo.find(query, Document.class, collection).stream()
                .map(d -> d.get("_id"))
                .filter(id -> !held.contains(id))
                .limit(limit)
                .toList();
    }

    /** Claims those of the given documents that have pending events and no other holder; returns what was claimed. */
    List<ClaimedDocument> claim(String collection, Collection<?> ids) {
        RelayLeases.Held held = leases.take(collection, ids);
        if (held.ids().isEmpty()) {
            return List.of();
        }
        Query mine = Query.query(Criteria.where("_id")
                .in(held.ids())
                .and(OutboxAggregate.OUTBOX + ".0")
                .exists(true));
        mine.fields().include("_id").include(OutboxAggregate.OUTBOX);
        List<ClaimedDocument> claimed = new ArrayList<>();
        Set<Object> found = new HashSet<>();
        for (Document document : mongo.find(mine, Document.class, collection)) {
            List<OutboxEntry> events = document.getList(OutboxAggregate.OUTBOX, Document.class).stream()
                    .map(OutboxDocuments::entryOf)
                    .toList();
            claimed.add(new ClaimedDocument(collection, document.get("_id"), held.token(), events));
            found.add(document.get("_id"));
        }
        // sent meanwhile by a pass that held the lease before, or never pending: nothing to hold
        leases.release(
                collection,
                held.token(),
                held.ids().stream().filter(id -> !found.contains(id)).toList());
        return claimed;
    }

    /**
     * One bulk write for a pass's results in one collection: each document loses exactly the entries that were
     * acknowledged or parked and its version goes up, so a stale copy saved later fails instead of bringing them
     * back. Complete documents are released; a document whose delivery stopped keeps its lease, so it is retried
     * when the lease runs out.
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
            if (delivery.leaving() > 0) {
                // one comparison per entry; an $in over the sent ids was quadratic in the backlog of a document
                Update update = new Update()
                        .pull(
                                OutboxAggregate.OUTBOX,
                                new Document("sequence", new Document("$lte", delivery.leavingThrough())))
                        .inc(OutboxAggregate.VERSION, 1);
                clear.updateOne(
                        Query.query(Criteria.where("_id").is(delivery.document().id())), update);
                writes++;
            }
        }
        if (writes > 0) {
            clear.execute();
        }
        deliveries.stream()
                .filter(Delivery::complete)
                .collect(Collectors.groupingBy(
                        d -> d.document().leaseToken(),
                        Collectors.mapping(d -> d.document().id(), Collectors.toList())))
                .forEach((token, ids) -> leases.release(collection, token, ids));
    }

    /** Drops leases long expired, so the lease collection stays as small as the work in flight. */
    void forgetExpiredLeases() {
        leases.forgetExpired();
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
}
