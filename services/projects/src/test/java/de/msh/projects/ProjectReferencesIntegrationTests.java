package de.msh.projects;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantReclaimed;
import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectIndicatorReported;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.studies.StudyKind;
import de.msh.events.studies.StudyRegistered;
import de.msh.events.studies.StudyWithdrawn;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What the projects service learns from other services' topics (studies that exist, granted funding) and what it
 * publishes beyond phases (indicator results, cancellations), through the real broker and store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectReferencesIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void acceptsOnlyStudiesAnnouncedOnTheStudiesTopic() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String studyId = UUID.randomUUID().toString();
        String code = "ST-" + System.nanoTime() % 1_000_000;
        String body = """
                {"code":"%s","title":"Wasserstoffnetz Südharz","studyId":"%s"}""".formatted(code, studyId);

        var unknown = api.post("/api/projects", steering, body);

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("type").asString()).isEqualTo("https://problems.msh.example/unknown-study");
        assertThat(api.get("/api/projects?q=" + code, steering).json().get("items"))
                .isEmpty();

        new TopicProbe(brokers)
                .publish(
                        studyId,
                        1,
                        new StudyRegistered(
                                studyId, "Machbarkeitsanalyse Wasserstoff", StudyKind.FEASIBILITY_ANALYSIS, "energie"));
        var accepted =
                ApiClient.eventually(() -> api.post("/api/projects", steering, body), r -> r.status() == 201, WAIT);

        assertThat(accepted.json().get("studyId").asString()).isEqualTo(studyId);

        new TopicProbe(brokers).publish(studyId, 2, new StudyWithdrawn(studyId, "Doppelt erfasst", "steering"));
        // a new code per attempt: until the withdrawal arrives, an attempt registers a project like any other
        AtomicInteger attempt = new AtomicInteger();
        var afterWithdrawal = ApiClient.eventually(
                () -> api.post("/api/projects", steering, body.replace(code, code + "W" + attempt.incrementAndGet())),
                r -> r.status() == 422,
                WAIT);

        assertThat(afterWithdrawal.json().get("errors").get(0).get("field").asString())
                .isEqualTo("studyId");
        assertThat(api.get("/api/projects/" + accepted.json().get("id").asString(), steering)
                        .json()
                        .get("project")
                        .get("studyId")
                        .asString())
                .isEqualTo(studyId);
    }

    @Test
    void knowsTheOfficesStrategicFieldsAndRefusesOthers() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");

        var fields = api.get("/api/projects/strategic-fields", TestTokens.forRole("auditor"));
        var unknown = api.post("/api/projects", steering, """
                {"code":"SF-%d","title":"Kohlekraftwerk","strategicField":"kohle"}""".formatted(System.nanoTime() % 1_000_000));

        assertThat(fields.status()).isEqualTo(200);
        assertThat(fields.json().findValuesAsString("id"))
                .containsExactly(
                        "grundstoffindustrie", "energie", "wertschoepfung", "tourismus", "mobilitaet-logistik");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("type").asString())
                .isEqualTo("https://problems.msh.example/unknown-strategic-field");
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("strategicField");
    }

    @Test
    void approvesOnAGrantFromTheFundingTopicThenPublishesResultsAndCancellation() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        var probe = new TopicProbe(brokers);
        String id = api.post("/api/projects", steering, """
                        {"code":"RF-%d","title":"Kupferspuren Radweg","phase":"APPLICATION","tags":["Radweg"],
                         "indicators":[{"indicator":"cycle-route-km","unit":"km","planned":42.5}]}""".formatted(System.nanoTime() % 1_000_000))
                .json()
                .get("id")
                .asString();

        var refused = api.post("/api/projects/" + id + "/phase", steering, "{\"to\":\"APPROVED\"}");
        assertThat(refused.status()).isEqualTo(409);

        String grantId = UUID.randomUUID().toString();
        probe.publish(
                grantId,
                1,
                new GrantApproved(
                        grantId,
                        id,
                        "invkg-arm1",
                        new BigDecimal("850000.00"),
                        "EUR",
                        LocalDate.of(2026, 3, 2),
                        "finance"));
        ApiClient.eventually(
                () -> api.post("/api/projects/" + id + "/phase", steering, "{\"to\":\"APPROVED\"}"),
                r -> r.status() == 200,
                WAIT);
        api.post("/api/projects/" + id + "/phase", steering, "{\"to\":\"IMPLEMENTATION\"}");

        var reported = api.post("/api/projects/" + id + "/indicators/cycle-route-km/reports", steering, """
                {"value":12.5,"achievedOn":"2026-10-12","evidence":"Abnahmeprotokoll"}""");
        var cancelled = api.post("/api/projects/" + id + "/phase", steering, """
                {"to":"CANCELLED","reason":"Trasse nicht genehmigungsfähig"}""");

        assertThat(reported.status()).isEqualTo(201);
        assertThat(cancelled.status()).isEqualTo(200);
        var project = api.get("/api/projects/" + id, steering).json();
        assertThat(project.get("project")
                        .get("indicators")
                        .get(0)
                        .get("achieved")
                        .decimalValue())
                .isEqualByComparingTo("12.5");
        var records = probe.awaitRecords(
                EventContext.PROJECTS.topic(),
                r -> id.equals(r.key()) && "6".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                WAIT);
        var ours = records.stream().filter(r -> id.equals(r.key())).toList();
        assertThat(ours)
                .extracting(r -> TopicProbe.header(r, CloudEventAttributes.TYPE))
                .containsExactly(
                        "msh.projects.ProjectRegistered.v1",
                        "msh.projects.ProjectPhaseChanged.v1",
                        "msh.projects.ProjectPhaseChanged.v1",
                        "msh.projects.ProjectIndicatorReported.v1",
                        "msh.projects.ProjectPhaseChanged.v1",
                        "msh.projects.ProjectCancelled.v1");
        assertThat(decode(ours.get(3)))
                .isEqualTo(new ProjectIndicatorReported(
                        id,
                        "cycle-route-km",
                        "km",
                        new BigDecimal("12.5"),
                        LocalDate.of(2026, 10, 12),
                        "Abnahmeprotokoll",
                        "steering"));
        assertThat(decode(ours.get(5)))
                .isEqualTo(new ProjectCancelled(
                        id, ProjectPhase.IMPLEMENTATION, "Trasse nicht genehmigungsfähig", "steering"));
    }

    @Test
    void aRevokedGrantNoLongerOpensTheApprovalGate() throws InterruptedException {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        var probe = new TopicProbe(brokers);
        String id = api.post("/api/projects", steering, """
                        {"code":"RV-%d","title":"Mobilitätsstation Hettstedt","phase":"APPLICATION"}""".formatted(System.nanoTime() % 1_000_000))
                .json()
                .get("id")
                .asString();
        String grantId = UUID.randomUUID().toString();

        probe.publish(
                grantId,
                1,
                new GrantApproved(
                        grantId,
                        id,
                        "invkg-arm1",
                        new BigDecimal("90000.00"),
                        "EUR",
                        LocalDate.of(2026, 3, 2),
                        "finance"));
        probe.publish(
                grantId,
                2,
                new GrantReclaimed(
                        grantId,
                        id,
                        "RF-1",
                        new BigDecimal("0.00"),
                        "EUR",
                        LocalDate.of(2026, 5, 4),
                        true,
                        "Zuwendungszweck entfallen",
                        "finance"));
        Query revoked =
                Query.query(Criteria.where("_id").is(grantId).and("status").is("REVOKED"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!mongo.exists(revoked, "granted_funding") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(mongo.exists(revoked, "granted_funding")).isTrue();

        var refused = api.post("/api/projects/" + id + "/phase", steering, "{\"to\":\"APPROVED\"}");
        assertThat(refused.status()).isEqualTo(409);
    }

    private static Object decode(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        return EventCodec.standard()
                .fromJson(TopicProbe.header(record, CloudEventAttributes.TYPE), record.value())
                .orElseThrow();
    }
}
