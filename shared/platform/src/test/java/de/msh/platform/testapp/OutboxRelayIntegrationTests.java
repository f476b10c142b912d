package de.msh.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.platform.outbox.relay.KafkaOutboxSender;
import de.msh.platform.outbox.relay.OutboxDocuments;
import de.msh.platform.outbox.relay.OutboxMetrics;
import de.msh.platform.outbox.relay.OutboxRelay;
import de.msh.platform.outbox.relay.OutboxSender;
import de.msh.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The outbox through a real broker: what is saved leaves, in order, once the document confirms it. */
@SpringBootTest
class OutboxRelayIntegrationTests {

    static final String TOPIC = "msh.projects.events";
    static final Duration WAIT = Duration.ofSeconds(30);
    // A collection the application's own relay does not serve, so only the relays built here touch it.
    static final String STALLED = "stalled_widgets";

    @Autowired
    Widgets widgets;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Autowired
    MeterRegistry meters;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void publishesASavedEventWithItsEnvelopeAndKeyThenForgetsIt() {
        String id = UUID.randomUUID().toString();
        widgets.save(Widget.create(id, "Kupferspuren"));

        var record = new TopicProbe(brokers).awaitRecord(TOPIC, r -> id.equals(r.key()), WAIT);

        assertThat(TopicProbe.header(record, CloudEventAttributes.TYPE)).isEqualTo("msh.projects.ProjectRegistered.v1");
        assertThat(TopicProbe.header(record, CloudEventAttributes.SOURCE)).isEqualTo("/services/projects");
        assertThat(TopicProbe.header(record, CloudEventAttributes.SUBJECT)).isEqualTo(id);
        assertThat(TopicProbe.header(record, CloudEventAttributes.SEQUENCE)).isEqualTo("1");
        assertThat(TopicProbe.header(record, CloudEventAttributes.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"title\":\"Kupferspuren\"");
        await().atMost(WAIT).untilAsserted(() -> {
            Widget stored = widgets.findById(id).orElseThrow();
            assertThat(stored.pendingEvents()).isEmpty();
            assertThat(stored.version()).isEqualTo(1L);
        });
    }

    @Test
    void keepsTheOrderOfOneAggregatesEvents() {
        String id = UUID.randomUUID().toString();
        Widget widget = Widget.create(id, "eins");
        widget.rename("zwei");
        widget.rename("drei");
        widgets.save(widget);

        var seen = new TopicProbe(brokers)
                .awaitRecords(
                        TOPIC,
                        r -> id.equals(r.key()) && "3".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                        WAIT);

        assertThat(seen.stream()
                        .filter(r -> id.equals(r.key()))
                        .map(r -> TopicProbe.header(r, CloudEventAttributes.SEQUENCE)))
                .containsExactly("1", "2", "3");
    }

    @Test
    void refusesAStaleSaveSoSentEventsCannotComeBack() {
        String id = UUID.randomUUID().toString();
        Widget stale = widgets.save(Widget.create(id, "alt"));
        await().atMost(WAIT)
                .until(() -> widgets.findById(id).orElseThrow().pendingEvents().isEmpty());

        stale.rename("neu");

        assertThatThrownBy(() -> widgets.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(widgets.findById(id).orElseThrow().name()).isEqualTo("alt");
    }

    @Test
    void keepsTheEventsAndHoldsTheLeaseWhenTheBrokerRefuses() {
        String id = UUID.randomUUID().toString();
        Document raw = stalled(id, 1);
        var failures = new SimpleMeterRegistry();

        int sent = relayOn(new FailingSender(e -> new IllegalStateException("broker unreachable")), failures)
                .relay(STALLED, id);

        assertThat(sent).isZero();
        Document kept = mongo.findById(id, Document.class, STALLED);
        assertThat(kept.getList("outbox", Document.class)).hasSize(1);
        assertThat(kept.get("version")).isEqualTo(raw.get("version"));
        assertThat(failures.get("msh.outbox.relay.failures").counter().count()).isEqualTo(1);
        assertThat(relayOn(realSender(), new SimpleMeterRegistry()).relay(STALLED, id))
                .as("another relay must wait for the lease to expire")
                .isZero();
    }

    @Test
    void countsWhatItSends() {
        double before = meters.get("msh.outbox.relay.sent").counter().count();
        String id = UUID.randomUUID().toString();
        widgets.save(Widget.create(id, "gezählt"));

        await().atMost(WAIT)
                .until(() -> meters.get("msh.outbox.relay.sent").counter().count() > before);
        assertThat(meters.get("msh.outbox.relay.lag").timer().count()).isPositive();
        assertThat(meters.get("msh.outbox.pending").gauge()).isNotNull();
    }

    private OutboxRelay relayOn(OutboxSender sender, MeterRegistry registry) {
        return new OutboxRelay(
                new OutboxDocuments(mongo, Clock.systemUTC(), Duration.ofMinutes(5)),
                sender,
                Set.of(STALLED),
                new OutboxMetrics(registry),
                Clock.systemUTC(),
                Duration.ofHours(1),
                50);
    }

    private KafkaOutboxSender realSender() {
        return new KafkaOutboxSender(EventContext.PROJECTS, brokers, 3, Map.of());
    }

    /** A widget with {@code events} pending events, written straight to the collection no application relay serves. */
    private Document stalled(String id, int events) {
        Widget widget = Widget.create(id, "wartet");
        for (int i = 2; i <= events; i++) {
            widget.rename("wartet " + i);
        }
        Document raw = new Document();
        mongo.getConverter().write(widget, raw);
        mongo.insert(raw, STALLED);
        return raw;
    }

    @Test
    void sweepsUpADocumentNoHintAnnounced() {
        String id = UUID.randomUUID().toString();
        Document raw = new Document();
        mongo.getConverter().write(Widget.create(id, "vergessen"), raw);
        mongo.insert(raw, "widgets");

        relay.sweep();

        new TopicProbe(brokers).awaitRecord(TOPIC, r -> id.equals(r.key()), WAIT);
        assertThat(widgets.findById(id).orElseThrow().pendingEvents()).isEmpty();
    }
}
