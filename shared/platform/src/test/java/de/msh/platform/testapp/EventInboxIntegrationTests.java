package de.msh.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.platform.inbox.ConsumerHealth;
import de.msh.platform.inbox.ConsumerMetrics;
import de.msh.platform.inbox.DeadLetters;
import de.msh.platform.inbox.EventGapsEndpoint;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** Consumption through a real broker: batches applied once and in order, the unreadable set aside, nothing skipped. */
@SpringBootTest
class EventInboxIntegrationTests {

    static final String TOPIC = EventContext.PROJECTS.topic();
    static final String REGISTERED = "msh.projects.ProjectRegistered.v1";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MongoTemplate mongo;

    @Autowired
    InOrderWriter writer;

    @Autowired
    ConsumerMetrics metrics;

    @Autowired
    ConsumerHealth health;

    @Autowired
    EventGapsEndpoint gaps;

    @Autowired
    Faults faults;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void appliesAnEventOnceEvenWhenItIsDeliveredAgain() {
        String subject = UUID.randomUUID().toString();
        List<Header> headers = headers(UUID.randomUUID(), REGISTERED, subject, 1);
        byte[] data = registered(subject, "MakerLab Eisleben");
        var probe = new TopicProbe(brokers);

        probe.send(TOPIC, subject, data, headers);
        await().atMost(WAIT).until(() -> viewTitle(subject) != null);
        double duplicatesBefore = metrics.count(REGISTERED, ConsumerMetrics.DUPLICATE);
        probe.send(TOPIC, subject, data, headers);

        await().atMost(WAIT).until(() -> metrics.count(REGISTERED, ConsumerMetrics.DUPLICATE) > duplicatesBefore);
        assertThat(view(subject).get(InOrderWriter.SEQUENCE)).isEqualTo(1L);
        assertThat(view(subject).getList("titles", String.class)).containsExactly("MakerLab Eisleben");
    }

    @Test
    void appliesABurstOfOneAggregatesEventsInOrderEachOnce() {
        String subject = UUID.randomUUID().toString();
        List<ProducerRecord<String, byte[]>> burst = new ArrayList<>();
        for (int sequence = 1; sequence <= 40; sequence++) {
            burst.add(record(subject, sequence, registered(subject, "Fassung " + sequence)));
            if (sequence % 10 == 0) {
                // redeliveries inside the same poll change nothing
                burst.add(record(subject, sequence - 5, registered(subject, "Fassung " + (sequence - 5))));
            }
        }

        new TopicProbe(brokers).sendAll(burst);

        await().atMost(WAIT).until(() -> "Fassung 40".equals(viewTitle(subject)));
        assertThat(view(subject).getList("titles", String.class))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 40)
                        .mapToObj(i -> "Fassung " + i)
                        .toList());
    }

    @Test
    void setsAsideOnlyWhatCanNeverBeAppliedWithItsReasonAndOriginAndGoesOn() {
        String subject = UUID.randomUUID().toString();
        UUID poison = UUID.randomUUID();
        var probe = new TopicProbe(brokers);
        double skippedBefore = metrics.count("msh.projects.ProjectTeleported.v1", ConsumerMetrics.SKIPPED);

        probe.send(
                TOPIC,
                subject,
                "{}".getBytes(),
                headers(UUID.randomUUID(), "msh.projects.ProjectTeleported.v1", subject, 1));
        probe.send(TOPIC, subject, "{\"title\":".getBytes(), headers(poison, REGISTERED, subject, 2));
        probe.send(
                TOPIC,
                subject,
                registered(subject, "Green Power MSH₂"),
                headers(UUID.randomUUID(), REGISTERED, subject, 3));

        await().atMost(WAIT).until(() -> "Green Power MSH₂".equals(viewTitle(subject)));
        assertThat(metrics.count("msh.projects.ProjectTeleported.v1", ConsumerMetrics.SKIPPED))
                .isGreaterThan(skippedBefore);
        var dead = probe.awaitRecord(
                EventContext.PROJECTS.deadLetterTopic(),
                r -> poison.toString().equals(TopicProbe.header(r, CloudEventAttributes.ID)),
                WAIT);
        assertThat(TopicProbe.header(dead, DeadLetters.REASON)).contains("Data does not fit");
        assertThat(TopicProbe.header(dead, DeadLetters.TOPIC)).isEqualTo(TOPIC);
        assertThat(TopicProbe.header(dead, DeadLetters.PARTITION)).matches("\\d+");
        assertThat(TopicProbe.header(dead, DeadLetters.OFFSET)).matches("\\d+");
        assertThat(dead.key()).isEqualTo(subject);
    }

    @Test
    void holdsAnEventWhileTheStoreIsUnreachableAndAppliesItWhenItIsBack() {
        String subject = UUID.randomUUID().toString();
        double deadBefore = metrics.deadLettered();
        faults.storeDownFor(subject, 4);
        AtomicBoolean sawDown = new AtomicBoolean();

        new TopicProbe(brokers)
                .send(
                        TOPIC,
                        subject,
                        registered(subject, "Kupferspuren"),
                        headers(UUID.randomUUID(), REGISTERED, subject, 1));

        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> {
            sawDown.compareAndSet(false, health.health().getStatus().getCode().equals("DOWN"));
            return "Kupferspuren".equals(viewTitle(subject));
        });
        assertThat(sawDown).as("readiness is down while the consumer is stuck").isTrue();
        // the row is written inside the batch; the consumer counts as recovered once the batch has completed
        await().atMost(WAIT).untilAsserted(() -> assertThat(health.isStuck()).isFalse());
        assertThat(metrics.deadLettered()).isEqualTo(deadBefore);
    }

    @Test
    void listsASequenceThatNeverArrived() {
        String subject = UUID.randomUUID().toString();
        var probe = new TopicProbe(brokers);

        probe.sendAll(List.of(
                record(subject, 1, registered(subject, "eins")), record(subject, 3, registered(subject, "drei"))));

        await().atMost(WAIT).until(() -> "drei".equals(viewTitle(subject)));
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(gapsOf(subject)).singleElement().satisfies(gap -> {
                    assertThat(gap.get("sequence")).isEqualTo(2L);
                    assertThat(gap.get("topic")).isEqualTo(TOPIC);
                }));
    }

    @Test
    void countsAKnownTypeTheConsumerHasNoUseForAsIgnored() {
        String subject = UUID.randomUUID().toString();
        String changed = "msh.projects.ProjectPhaseChanged.v1";
        double ignoredBefore = metrics.count(changed, ConsumerMetrics.IGNORED);
        byte[] data = ("{\"projectId\":\"" + subject
                        + "\",\"from\":\"IDEA\",\"to\":\"CONCEPT\",\"changedBy\":\"steering\",\"gateOverridden\":false}")
                .getBytes(StandardCharsets.UTF_8);

        new TopicProbe(brokers).send(TOPIC, subject, data, headers(UUID.randomUUID(), changed, subject, 1));

        await().atMost(WAIT).until(() -> metrics.count(changed, ConsumerMetrics.IGNORED) > ignoredBefore);
        assertThat(metrics.count(changed, ConsumerMetrics.DUPLICATE)).isZero();
    }

    @Test
    void appliesOnlyNewerSequencesToARow() {
        String subject = UUID.randomUUID().toString();

        assertThat(writer.apply("inorder_test", subject, 2, new Update().set("v", "zwei")))
                .isTrue();
        assertThat(writer.apply("inorder_test", subject, 2, new Update().set("v", "zwei nochmal")))
                .isFalse();
        assertThat(writer.apply("inorder_test", subject, 1, new Update().set("v", "eins verspätet")))
                .isFalse();
        assertThat(writer.apply("inorder_test", subject, 3, new Update().set("v", "drei")))
                .isTrue();
        assertThat(mongo.findById(subject, Document.class, "inorder_test").getString("v"))
                .isEqualTo("drei");
    }

    @SuppressWarnings("unchecked")
    private List<Document> gapsOf(String subject) {
        return ((List<Document>) gaps.gaps().get("gaps"))
                .stream().filter(g -> subject.equals(g.get("subject"))).toList();
    }

    private Document view(String subject) {
        return mongo.findById(subject, Document.class, WidgetViewFunctions.VIEW);
    }

    private String viewTitle(String subject) {
        Document row = view(subject);
        return row == null ? null : row.getString("title");
    }

    private static ProducerRecord<String, byte[]> record(String subject, long sequence, byte[] data) {
        return new ProducerRecord<>(
                TOPIC, null, subject, data, headers(UUID.randomUUID(), REGISTERED, subject, sequence));
    }

    private static byte[] registered(String id, String title) {
        return ("{\"projectId\":\"" + id + "\",\"code\":\"T-1\",\"title\":\"" + title
                        + "\",\"municipalities\":[],\"phase\":\"IDEA\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<Header> headers(UUID id, String type, String subject, long sequence) {
        Map<String, String> attributes = CloudEventAttributes.headersOf(new CloudEventAttributes.Attributes(
                id, EventContext.PROJECTS.source(), type, subject, Instant.now(), sequence));
        List<Header> headers = new ArrayList<>();
        attributes.forEach(
                (name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return headers;
    }
}
