package de.msh.platform.outbox.relay;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.platform.outbox.OutboxAggregate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.ArrayOperators;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Publishes the events that aggregates recorded in their own documents, in order per aggregate, at least once.
 *
 * <p>For one document it claims a short lease with {@code findAndModify}, sends the pending entries one by one with a
 * synchronous producer, then in one update pulls exactly the sent ids, bumps the version (so a concurrent save of a
 * stale copy fails instead of resurrecting them) and drops the lease. A failed send keeps the rest of the entries and
 * the lease, so the document is retried once the lease expires.
 *
 * <p>Work arrives two ways: an in-process hint after every save, for low latency, and a periodic sweep that finds
 * documents a crash or a failure left behind. Both run on one thread, so one instance never races itself.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int SWEEP_BATCH = 100;
    private static final int MAX_ROUNDS_PER_DOCUMENT = 10;

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final EventContext context;
    private final Set<String> collections;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Duration lease;
    private final Duration sweepInterval;
    private @Nullable ScheduledExecutorService worker;

    public OutboxRelay(
            MongoTemplate mongo,
            StreamBridge bridge,
            EventContext context,
            Set<String> collections,
            OutboxMetrics metrics,
            Clock clock,
            Duration lease,
            Duration sweepInterval) {
        this.mongo = mongo;
        this.bridge = bridge;
        this.context = context;
        this.collections = Set.copyOf(collections);
        this.metrics = metrics;
        this.clock = clock;
        this.lease = lease;
        this.sweepInterval = sweepInterval;
    }

    /** Asks the relay to look at one document soon; called after every save of an aggregate with pending events. */
    public void hint(String collection, Object id) {
        ScheduledExecutorService current = worker;
        if (current != null && !current.isShutdown()) {
            current.execute(() -> safely(() -> relay(collection, id)));
        }
    }

    /** Publishes what one document has pending; returns how many events were sent. */
    public int relay(String collection, Object id) {
        int sent = 0;
        for (int round = 0; round < MAX_ROUNDS_PER_DOCUMENT; round++) {
            Document claimed = claim(collection, id);
            if (claimed == null) {
                return sent;
            }
            List<Document> entries = claimed.getList(OutboxAggregate.OUTBOX, Document.class);
            List<Object> sentIds = new ArrayList<>();
            boolean failed = false;
            for (Document entry : entries) {
                try {
                    send(entry);
                    sentIds.add(entry.get("eventId"));
                } catch (RuntimeException e) {
                    metrics.failed();
                    log.warn(
                            "Could not publish event {} of {} {}; retrying after the lease",
                            entry.get("eventId"),
                            collection,
                            id,
                            e);
                    failed = true;
                    break;
                }
            }
            release(collection, id, sentIds, failed);
            sent += sentIds.size();
            if (failed) {
                return sent;
            }
        }
        return sent;
    }

    /** Relays every document that still has pending events, oldest first; returns how many events were sent. */
    public int sweep() {
        int sent = 0;
        long pending = 0;
        for (String collection : collections) {
            Query stuck = Query.query(
                            Criteria.where(OutboxAggregate.OUTBOX + ".0").exists(true))
                    .with(Sort.by(OutboxAggregate.OUTBOX + ".0.occurredAt"))
                    .limit(SWEEP_BATCH);
            stuck.fields().include("_id");
            for (Document document : mongo.find(stuck, Document.class, collection)) {
                sent += relay(collection, document.get("_id"));
            }
            pending += countPending(collection);
        }
        metrics.pending(pending);
        return sent;
    }

    private @Nullable Document claim(String collection, Object id) {
        Date now = Date.from(clock.instant());
        Query query = Query.query(Criteria.where("_id")
                .is(id)
                .and(OutboxAggregate.OUTBOX + ".0")
                .exists(true)
                .orOperator(
                        Criteria.where(OutboxAggregate.LEASE).is(null),
                        Criteria.where(OutboxAggregate.LEASE).lt(now)));
        Update takeLease = new Update()
                .set(OutboxAggregate.LEASE, Date.from(clock.instant().plus(lease)));
        return mongo.findAndModify(
                query, takeLease, FindAndModifyOptions.options().returnNew(true), Document.class, collection);
    }

    private void release(String collection, Object id, List<Object> sentIds, boolean keepLease) {
        Update update = new Update();
        if (!sentIds.isEmpty()) {
            update.pull(OutboxAggregate.OUTBOX, new Document("eventId", new Document("$in", sentIds)))
                    .inc(OutboxAggregate.VERSION, 1);
        }
        if (!keepLease) {
            update.unset(OutboxAggregate.LEASE);
        }
        if (!update.getUpdateObject().isEmpty()) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, collection);
        }
    }

    private void send(Document entry) {
        Instant occurredAt = entry.getDate("occurredAt").toInstant();
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(
                        entry.getString("payload").getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, entry.getString("subject").getBytes(StandardCharsets.UTF_8));
        headersOf(entry).forEach((name, value) -> message.setHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        Message<byte[]> built = message.build();
        if (!bridge.send(context.topic(), built)) {
            throw new IllegalStateException("The binder refused event " + entry.get("eventId"));
        }
        metrics.sent(Duration.between(occurredAt, clock.instant()));
    }

    private Map<String, String> headersOf(Document entry) {
        return CloudEventAttributes.headersOf(new CloudEventAttributes.Attributes(
                UUID.fromString(entry.getString("eventId")),
                context.source(),
                entry.getString("type"),
                entry.getString("subject"),
                entry.getDate("occurredAt").toInstant(),
                ((Number) entry.get("sequence")).longValue()));
    }

    private long countPending(String collection) {
        var count = Aggregation.newAggregation(
                Aggregation.match(Criteria.where(OutboxAggregate.OUTBOX + ".0").exists(true)),
                Aggregation.project()
                        .and(ArrayOperators.Size.lengthOfArray(OutboxAggregate.OUTBOX))
                        .as("n"),
                Aggregation.group().sum("n").as("total"));
        Document result = mongo.aggregate(count, collection, Document.class).getUniqueMappedResult();
        return result == null ? 0 : ((Number) result.get("total")).longValue();
    }

    private void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            metrics.failed();
            log.warn("Outbox relay pass failed; the sweep will retry", e);
        }
    }

    @Override
    public synchronized void start() {
        if (worker == null) {
            worker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "outbox-relay-" + context.key());
                thread.setDaemon(true);
                return thread;
            });
            worker.scheduleWithFixedDelay(
                    () -> safely(this::sweep), 0, sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }
}
