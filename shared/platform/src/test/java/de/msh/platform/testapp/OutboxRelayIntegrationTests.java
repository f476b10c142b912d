package de.msh.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.platform.outbox.relay.OutboxMetrics;
import de.msh.platform.outbox.relay.OutboxRelay;
import de.msh.testsupport.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.function.StreamBridge;
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
    StreamBridge bridge;

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
        Document raw = new Document();
        mongo.getConverter().write(Widget.create(id, "wartet"), raw);
        mongo.insert(raw, STALLED);
        StreamBridge refusing = mock(StreamBridge.class);
        when(refusing.send(anyString(), any())).thenThrow(new IllegalStateException("broker unreachable"));
        var failures = new SimpleMeterRegistry();

        int sent = relayOn(refusing, new OutboxMetrics(failures)).relay(STALLED, id);

        assertThat(sent).isZero();
        Document kept = mongo.findById(id, Document.class, STALLED);
        assertThat(kept.getList("outbox", Document.class)).hasSize(1);
        assertThat(kept.get("version")).isEqualTo(raw.get("version"));
        assertThat(failures.get("msh.outbox.relay.failures").counter().count()).isEqualTo(1);
        assertThat(relayOn(bridge, new OutboxMetrics(new SimpleMeterRegistry())).relay(STALLED, id))
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

    private OutboxRelay relayOn(StreamBridge streamBridge, OutboxMetrics metrics) {
        return new OutboxRelay(
                mongo,
                streamBridge,
                EventContext.PROJECTS,
                Set.of(STALLED),
                metrics,
                Clock.systemUTC(),
                Duration.ofMinutes(5),
                Duration.ofHours(1));
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
