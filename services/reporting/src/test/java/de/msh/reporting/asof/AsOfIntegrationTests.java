package de.msh.reporting.asof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.milestones.MilestoneAchieved;
import de.msh.events.milestones.MilestoneKind;
import de.msh.events.milestones.MilestonePlanned;
import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.ProjectIndicatorReported;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.studies.RecommendationAdded;
import de.msh.events.studies.StudyKind;
import de.msh.events.studies.StudyRegistered;
import de.msh.reporting.CaughtUp;
import de.msh.reporting.asof.application.Checkpoints;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * "As of" through the real broker: while events flow, the live answers of every view are recorded at several
 * instants (each once the live view has caught up); asked afterwards for those instants, every view answers exactly
 * what it showed then, at the event positions it reflected then, built on checkpoints taken every 2 events and
 * thinned to 3.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AsOfIntegrationTests {

    static final List<String> VIEWS = List.of(
            "/api/reporting/portfolio",
            "/api/reporting/portfolio/phases",
            "/api/reporting/money",
            "/api/reporting/studies",
            "/api/reporting/masterplan/progress",
            "/api/reporting/milestones");

    static final java.time.ZoneId OFFICE = java.time.ZoneId.of("Europe/Berlin");

    @LocalServerPort
    int port;

    @Autowired
    Checkpoints checkpoints;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    record Recorded(Instant at, Map<String, JsonNode> answers) {}

    @Test
    void everyViewAsOfAnEarlierInstantIsWhatItShowedThen() throws InterruptedException {
        ApiClient api = ApiClient.onPort(port);
        String manager = TestTokens.forRole("manager");
        TopicProbe probe = new TopicProbe(brokers);
        String project = "p-" + UUID.randomUUID();
        String grant = UUID.randomUUID().toString();
        String study = "s-" + UUID.randomUUID();

        // the working space takes in what other tests left, so the checkpoints below hold this test's events
        checkpoints.follow(Long.MAX_VALUE, 3);
        List<Recorded> recorded = new java.util.ArrayList<>();
        recorded.add(recordWhenCurrent(api, manager, probe));
        probe.publish(project, 1, registered(project));
        probe.publish(
                study, 1, new StudyRegistered(study, "Mobilität", StudyKind.NEEDS_ASSESSMENT, "MOBILITAET_LOGISTIK"));
        recorded.add(recordWhenCurrent(api, manager, probe));
        probe.publish(
                project,
                2,
                new ProjectPhaseChanged(project, ProjectPhase.IDEA, ProjectPhase.APPROVED, "steering", null, true));
        probe.publish(
                grant,
                1,
                new GrantApplied(grant, project, "AO-1", "asof", "2020-2026", eur("8000.00"), "EUR", "finance"));
        probe.publish(
                grant,
                2,
                new GrantApproved(grant, project, "asof", eur("7500.00"), "EUR", LocalDate.of(2026, 3, 1), "finance"));
        probe.publish(study, 2, new RecommendationAdded(study, "R-1", "Mobilitätsstation am Bahnhof", "steering"));
        probe.publish(
                project,
                1,
                new MilestonePlanned(
                        project,
                        "M-1",
                        "Förderbescheid",
                        MilestoneKind.PHASE_GATE,
                        LocalDate.now(OFFICE).minusDays(3),
                        List.of(),
                        null,
                        null,
                        "steering"));
        recorded.add(recordWhenCurrent(api, manager, probe));
        probe.publish(
                grant,
                3,
                new FundsCalled(
                        grant,
                        project,
                        "AO-1",
                        "C-1",
                        2026,
                        eur("2500.00"),
                        "EUR",
                        LocalDate.of(2026, 4, 1),
                        "finance"));
        probe.publish(
                project,
                3,
                new ProjectIndicatorReported(
                        project,
                        "mobilitaetsstationen",
                        "Stationen",
                        BigDecimal.ONE,
                        LocalDate.of(2026, 6, 30),
                        "Abnahme",
                        "steering"));
        probe.publish(
                project,
                2,
                new MilestoneAchieved(
                        project,
                        "M-1",
                        LocalDate.now(OFFICE).minusDays(1),
                        LocalDate.now(OFFICE).minusDays(3),
                        "steering"));
        recorded.add(recordWhenCurrent(api, manager, probe));

        // checkpoints every 2 events, at most 3 kept (thinned as they come): the answers below start from the
        // nearest one before their instant
        checkpoints.follow(2, 3);
        assertThat(checkpoints.all()).hasSize(3);

        for (Recorded then : recorded) {
            for (String view : VIEWS) {
                JsonNode asOf = api.get(view + "?asOf=" + then.at(), manager).json();
                JsonNode live = then.answers().get(view);
                assertThat(withoutPositions(asOf))
                        .as(view + " as of " + then.at())
                        .isEqualTo(withoutPositions(live));
                assertThat(asOf.get("asOf").asString()).isEqualTo(then.at().toString());
                assertThat(nonEmpty(asOf.get("positions")))
                        .as("positions of " + view + " as of " + then.at())
                        .isEqualTo(nonEmpty(live.get("positions")));
            }
        }
        // the instants differ: what changed between them shows
        assertThat(withoutPositions(recorded.get(0).answers().get("/api/reporting/money")))
                .isNotEqualTo(withoutPositions(recorded.get(3).answers().get("/api/reporting/money")));
        // what changed between them
        JsonNode all = api.get(
                        "/api/reporting/changes?from=" + recorded.get(0).at() + "&to="
                                + recorded.get(3).at(),
                        manager)
                .json();
        assertThat(all.get("projectsAdded")
                        .valueStream()
                        .map(p -> p.get("projectId").asString() + " "
                                + p.get("phase").asString()))
                .containsExactly(project + " APPROVED");
        JsonNode moved = all.get("money")
                .valueStream()
                .filter(m -> "alle".equals(m.get("key").asString()))
                .findFirst()
                .orElseThrow()
                .get("by");
        assertThat(moved.get("committed").decimalValue()).isEqualByComparingTo("7500.00");
        assertThat(moved.get("called").decimalValue()).isEqualByComparingTo("2500.00");
        assertThat(moved.has("received")).isFalse();
        assertThat(all.get("indicators")
                        .valueStream()
                        .filter(i -> "mobilitaetsstationen".equals(i.get("key").asString()))
                        .map(i -> i.get("from")
                                        .decimalValue()
                                        .stripTrailingZeros()
                                        .toPlainString() + "→"
                                + i.get("to")
                                        .decimalValue()
                                        .stripTrailingZeros()
                                        .toPlainString()))
                .containsExactly("0→1");
        assertThat(nonEmpty(all.get("toPositions")))
                .isEqualTo(nonEmpty(
                        recorded.get(3).answers().get("/api/reporting/money").get("positions")));
        JsonNode phase = api.get(
                        "/api/reporting/changes?from=" + recorded.get(1).at() + "&to="
                                + recorded.get(2).at(),
                        manager)
                .json();
        assertThat(phase.get("projectsAdded").size()).isZero();
        assertThat(phase.get("phaseChanges")
                        .valueStream()
                        .map(c -> c.get("from").asString() + "→" + c.get("to").asString()))
                .containsExactly("IDEA→APPROVED");
        assertThat(api.get(
                                "/api/reporting/changes?from=" + recorded.get(2).at() + "&to="
                                        + recorded.get(1).at(),
                                manager)
                        .status())
                .isEqualTo(422);

        var future = api.get("/api/reporting/money?asOf=" + Instant.now().plusSeconds(3600), manager);
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body()).contains("as-of-in-future");
        assertThat(api.get("/api/reporting/money?asOf=gestern", manager).status())
                .isEqualTo(400);
    }

    /** Waits until the live view has applied every event on the topics, then records every view and the instant. */
    private Recorded recordWhenCurrent(ApiClient api, String token, TopicProbe probe) throws InterruptedException {
        await().atMost(Duration.ofSeconds(60)).until(() -> CaughtUp.withEveryTopic(api, token, probe));
        Instant at = Instant.now();
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        VIEWS.forEach(view -> answers.put(view, api.get(view, token).json()));
        // what is published next is stamped after the instant
        Thread.sleep(5);
        return new Recorded(at, answers);
    }

    private static JsonNode withoutPositions(JsonNode answer) {
        ObjectNode copy = ((ObjectNode) answer).deepCopy();
        copy.remove("asOf");
        copy.remove("positions");
        return copy;
    }

    /** The positions past the beginning: a partition nothing was written to yet has none live. */
    private static Map<String, Long> nonEmpty(JsonNode positions) {
        Map<String, Long> byPartition = new java.util.TreeMap<>();
        positions.forEach(p -> {
            if (p.get("offset").asLong() > 0) {
                byPartition.put(
                        p.get("topic").asString() + "/" + p.get("partition").asInt(),
                        p.get("offset").asLong());
            }
        });
        return byPartition;
    }

    private static ProjectRegistered registered(String id) {
        return new ProjectRegistered(
                id,
                "AO-" + id.substring(2, 6),
                "Mobilitätsstation Hettstedt",
                "mobilitaet-logistik",
                List.of("Hettstedt"),
                ProjectPhase.IDEA,
                null,
                List.of(new PlannedContribution("mobilitaetsstationen", "Stationen", BigDecimal.ONE)));
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }
}
