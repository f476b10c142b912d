package de.msh.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.platform.outbox.OutboxEntry;
import de.msh.platform.outbox.relay.KafkaOutboxSender;
import de.msh.platform.outbox.relay.OutboxDocuments;
import de.msh.platform.outbox.relay.OutboxMetrics;
import de.msh.platform.outbox.relay.OutboxRelay;
import de.msh.platform.outbox.relay.OutboxSender;
import de.msh.testsupport.TopicProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The relay under load and faults: batches, a failing aggregate among good ones, the unsendable, two instances. */
@SpringBootTest
class OutboxRelayBatchIntegrationTests {

    static final String TOPIC = EventContext.PROJECTS.topic();
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    MongoTemplate mongo;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void drainsABacklogInBatchesKeepingEachAggregatesOrder() {
        String collection = fresh();
        List<String> ids = stalled(collection, 120, 3);

        try (var sender = realSender()) {
            int sent = relay(collection, sender, Duration.ofMinutes(5), 50).sweep();

            assertThat(sent).isEqualTo(360);
        }
        assertThat(pendingIn(collection)).isZero();
        assertThat(mongo.findById(ids.get(0), Document.class, collection)
                        .get("version", Number.class)
                        .longValue())
                .isEqualTo(1L);
        assertThat(firstSightings(ids, 3))
                .allSatisfy((id, sequences) -> assertThat(sequences).containsExactly(1L, 2L, 3L));
    }

    @Test
    void aFailedEventKeepsItselfAndTheRestOfItsAggregateWithoutHoldingUpOthers() {
        String collection = fresh();
        List<String> ids = stalled(collection, 2, 3);
        String failing = ids.get(0);
        var sender = new FailingSender(e -> failing.equals(e.subject()) && e.sequence() == 2
                ? new IllegalStateException("partition leader moved")
                : null);

        int sent = relay(collection, sender, Duration.ofMinutes(5), 50).sweep();

        assertThat(sent).isEqualTo(4);
        assertThat(sequencesPending(collection, failing)).containsExactly(2L, 3L);
        assertThat(sequencesPending(collection, ids.get(1))).isEmpty();
    }

    @Test
    void parksAnEventThatCanNeverBeSentWithItsReasonAndSendsTheRest() {
        String collection = fresh();
        String id = stalled(collection, 1, 2).get(0);
        String tooLarge = "x".repeat(2 * 1024 * 1024);
        mongo.getCollection(collection)
                .updateOne(
                        new Document("_id", id),
                        new Document("$set", new Document("outbox.0.payload", "{\"title\":\"" + tooLarge + "\"}")));
        var meters = new SimpleMeterRegistry();

        try (var sender = realSender()) {
            new OutboxRelay(
                            documents(Duration.ofMinutes(5)),
                            sender,
                            Set.of(collection),
                            new OutboxMetrics(meters),
                            Clock.systemUTC(),
                            Duration.ofHours(1),
                            50)
                    .sweep();
        }

        assertThat(sequencesPending(collection, id)).isEmpty();
        Document parked = mongo.findOne(
                Query.query(Criteria.where("aggregateId").is(id)), Document.class, OutboxDocuments.PARKED);
        assertThat(parked.getString("reason")).contains("RecordTooLargeException");
        assertThat(parked.get("sequence")).isEqualTo(1L);
        assertThat(meters.get("msh.outbox.relay.parkings").counter().count()).isEqualTo(1);
        assertThat(firstSightings(List.of(id), 1).get(id)).containsExactly(2L);
    }

    @Test
    void twoRelaysAtOnceStillPublishEachAggregateInOrder() throws Exception {
        String collection = fresh();
        List<String> ids = stalled(collection, 60, 4);
        // A lease shorter than a pass lets the two steal documents from each other: duplicates, never disorder.
        Duration shortLease = Duration.ofMillis(20);

        try (var first = realSender();
                var second = realSender()) {
            var one = CompletableFuture.runAsync(() -> drain(relay(collection, first, shortLease, 7), collection));
            var two = CompletableFuture.runAsync(() -> drain(relay(collection, second, shortLease, 7), collection));
            CompletableFuture.allOf(one, two).get();
        }

        assertThat(pendingIn(collection)).isZero();
        assertThat(firstSightings(ids, 4))
                .hasSize(60)
                .allSatisfy((id, sequences) -> assertThat(sequences).containsExactly(1L, 2L, 3L, 4L));
    }

    @Test
    void theWorkerSurvivesAnyThrowableAndSaysWhenItLastSucceeded() {
        String collection = fresh();
        String id = stalled(collection, 1, 1).get(0);
        var meters = new SimpleMeterRegistry();
        var relay = new OutboxRelay(
                documents(Duration.ofMillis(200)),
                new ErrorOnceSender(),
                Set.of(collection),
                new OutboxMetrics(meters),
                Clock.systemUTC(),
                Duration.ofMillis(100),
                50);

        relay.start();
        try {
            await().atMost(WAIT).until(() -> sequencesPending(collection, id).isEmpty());
        } finally {
            relay.stop();
        }
        assertThat(meters.get("msh.outbox.relay.failures").counter().count()).isPositive();
        assertThat(meters.get("msh.outbox.relay.since.success").gauge().value()).isLessThan(5);
    }

    private void drain(OutboxRelay relay, String collection) {
        for (int pass = 0; pass < 1000 && pendingIn(collection) > 0; pass++) {
            relay.sweep();
        }
    }

    private OutboxRelay relay(String collection, OutboxSender sender, Duration lease, int batch) {
        return new OutboxRelay(
                documents(lease),
                sender,
                Set.of(collection),
                new OutboxMetrics(new SimpleMeterRegistry()),
                Clock.systemUTC(),
                Duration.ofHours(1),
                batch);
    }

    private OutboxDocuments documents(Duration lease) {
        return new OutboxDocuments(mongo, Clock.systemUTC(), lease);
    }

    private KafkaOutboxSender realSender() {
        return new KafkaOutboxSender(EventContext.PROJECTS, brokers, 3, Map.of());
    }

    private static String fresh() {
        return "relay_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<String> stalled(String collection, int documents, int events) {
        List<String> ids = new ArrayList<>();
        List<Document> raw = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            String id = UUID.randomUUID().toString();
            Widget widget = Widget.create(id, "eins");
            for (int e = 2; e <= events; e++) {
                widget.rename("Nummer " + e);
            }
            Document document = new Document();
            mongo.getConverter().write(widget, document);
            raw.add(document);
            ids.add(id);
        }
        mongo.getCollection(collection).insertMany(raw);
        return ids;
    }

    private long pendingIn(String collection) {
        return mongo.count(Query.query(Criteria.where("outbox.0").exists(true)), collection);
    }

    private List<Long> sequencesPending(String collection, String id) {
        return mongo.findById(id, Document.class, collection).getList("outbox", Document.class).stream()
                .map(e -> ((Number) e.get("sequence")).longValue())
                .toList();
    }

    /** Per aggregate, its sequences in the order each was first seen on the topic. */
    private Map<String, List<Long>> firstSightings(List<String> ids, int eventsEach) {
        Set<String> wanted = new HashSet<>(ids);
        Map<String, List<Long>> seen = new HashMap<>();
        new TopicProbe(brokers)
                .awaitRecords(
                        TOPIC,
                        record -> {
                            if (wanted.contains(record.key())) {
                                List<Long> sequences = seen.computeIfAbsent(record.key(), k -> new ArrayList<>());
                                long sequence = sequenceOf(record);
                                if (!sequences.contains(sequence)) {
                                    sequences.add(sequence);
                                }
                            }
                            return seen.size() == ids.size()
                                    && seen.values().stream().allMatch(s -> s.size() == eventsEach);
                        },
                        WAIT);
        return seen;
    }

    private static long sequenceOf(ConsumerRecord<String, byte[]> record) {
        return Long.parseLong(TopicProbe.header(record, CloudEventAttributes.SEQUENCE));
    }

    /** Throws an {@link Error} from its first send, as a broken library or an exhausted resource would. */
    private final class ErrorOnceSender implements OutboxSender {

        private final AtomicBoolean thrown = new AtomicBoolean();
        private final KafkaOutboxSender real = realSender();

        @Override
        public CompletableFuture<Void> send(OutboxEntry event) {
            if (thrown.compareAndSet(false, true)) {
                throw new LinkageError("simulated");
            }
            return real.send(event);
        }

        @Override
        public void flush() {
            real.flush();
        }

        @Override
        public boolean neverSendable(Throwable failure) {
            return failure instanceof RecordTooLargeException;
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
