package de.msh.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantReclaimed;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.ProofKind;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.events.funding.ProofOfUseDue;
import de.msh.events.funding.RecipientKind;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Milestones that plan themselves from the projects and funding topics, through the real broker: gates from the phase
 * template (reference/planning-rules.json), proofs of use and spending windows from the grant's events, each planned
 * once however often its event comes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelfPlanningIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void aProjectEnteringAPhaseReachesItsGateAndPlansTheNextOnce() {
        String projectId = UUID.randomUUID().toString();
        var probe = new TopicProbe(brokers);
        probe.publish(projectId, 1, registered(projectId, ProjectPhase.CONCEPT));

        JsonNode first = await(projectId, s -> s.get("milestones").size() == 1);
        JsonNode application = first.get("milestones").get(0);
        assertThat(application.get("title").asString()).isEqualTo("Förderantrag eingereicht");
        assertThat(application.get("kind").asString()).isEqualTo("PHASE_GATE");
        assertThat(application.get("baselineOn").asString())
                .isEqualTo(TODAY.plusDays(120).toString());

        ProjectPhaseChanged moved = new ProjectPhaseChanged(
                projectId, ProjectPhase.CONCEPT, ProjectPhase.APPLICATION, "steering", null, false);
        probe.publish(projectId, 2, moved);
        probe.publish(projectId, 2, moved);
        probe.publish(projectId, 1, registered(projectId, ProjectPhase.CONCEPT));
        JsonNode after = await(
                projectId,
                s -> s.get("milestones").size() == 2
                        && "ACHIEVED"
                                .equals(byTitle(s, "Förderantrag eingereicht")
                                        .get("status")
                                        .asString()));

        assertThat(byTitle(after, "Förderantrag eingereicht").get("achievedOn").asString())
                .isEqualTo(TODAY.toString());
        assertThat(byTitle(after, "Zuwendungsbescheid liegt vor")
                        .get("forecastOn")
                        .asString())
                .isEqualTo(TODAY.plusDays(180).toString());
        // the redeliveries came before this on the same partition: once it shows, they were handled
        probe.publish(
                projectId,
                3,
                new ProjectPhaseChanged(
                        projectId, ProjectPhase.APPLICATION, ProjectPhase.APPROVED, "steering", null, false));
        JsonNode approved = await(projectId, s -> s.get("milestones").size() >= 3);

        assertThat(approved.get("milestones"))
                .extracting(m -> m.get("title").asString())
                .containsExactlyInAnyOrder(
                        "Förderantrag eingereicht", "Zuwendungsbescheid liegt vor", "Maßnahmebeginn");
        assertThat(byTitle(approved, "Zuwendungsbescheid liegt vor")
                        .get("status")
                        .asString())
                .isEqualTo("ACHIEVED");
    }

    @Test
    void aGrantsDeadlinesArePlannedMovedReachedAndClosedByItsEvents() {
        String projectId = UUID.randomUUID().toString();
        String grantId = UUID.randomUUID().toString();
        var probe = new TopicProbe(brokers);
        LocalDate due = TODAY.plusMonths(5);
        LocalDate received = TODAY.minusDays(10);

        probe.publish(grantId, 5, proofDue(projectId, grantId, due));
        probe.publish(
                grantId,
                6,
                new PaymentReceived(
                        grantId, projectId, "C-1", "R-1", new BigDecimal("135000.00"), "EUR", received, "finance"));
        probe.publish(
                grantId,
                6,
                new PaymentReceived(
                        grantId, projectId, "C-1", "R-1", new BigDecimal("135000.00"), "EUR", received, "finance"));
        probe.publish(grantId, 7, proofDue(projectId, grantId, due.plusMonths(1)));

        JsonNode planned = await(
                projectId,
                s -> s.get("milestones").size() == 2
                        && byTitle(s, "Zwischennachweis einreichen (interim-2026)")
                                        .get("replans")
                                        .size()
                                == 1);
        JsonNode proof = byTitle(planned, "Zwischennachweis einreichen (interim-2026)");
        assertThat(proof.get("kind").asString()).isEqualTo("FUNDING_DEADLINE");
        assertThat(proof.get("baselineOn").asString()).isEqualTo(due.toString());
        assertThat(proof.get("forecastOn").asString())
                .isEqualTo(due.plusMonths(1).toString());
        assertThat(proof.get("rule").asString()).contains("ANBest-P");
        JsonNode spend = byTitle(planned, "Abgerufene Mittel verwendet (R-1)");
        assertThat(spend.get("forecastOn").asString())
                .isEqualTo(received.plusDays(42).toString());
        assertThat(spend.get("grantId").asString()).isEqualTo(grantId);
        assertThat(spend.get("rule").asString()).startsWith("ANBest-P Nr. 1.4");

        // a municipality's grant (its application says so): two months to spend
        String municipal = UUID.randomUUID().toString();
        probe.publish(
                municipal,
                1,
                new GrantApplied(
                        municipal,
                        projectId,
                        "IB-GK-1",
                        "invkg-arm1",
                        "2020-2026",
                        new BigDecimal("50000.00"),
                        "EUR",
                        "finance",
                        RecipientKind.MUNICIPALITY));
        probe.publish(
                municipal,
                4,
                new PaymentReceived(
                        municipal, projectId, "C-1", "R-9", new BigDecimal("5000.00"), "EUR", received, "finance"));
        JsonNode withMunicipal = await(projectId, s -> s.get("milestones").size() == 3);
        JsonNode municipalSpend = byTitle(withMunicipal, "Abgerufene Mittel verwendet (R-9)");
        assertThat(municipalSpend.get("forecastOn").asString())
                .isEqualTo(received.plusMonths(2).toString());
        assertThat(municipalSpend.get("rule").asString()).startsWith("ANBest-Gk");

        probe.publish(
                grantId,
                8,
                new ProofOfUseAccepted(
                        grantId,
                        projectId,
                        "interim-2026",
                        ProofKind.INTERIM,
                        new BigDecimal("100000.00"),
                        "EUR",
                        TODAY.minusDays(1),
                        "finance"));
        probe.publish(
                grantId,
                9,
                new GrantReclaimed(
                        grantId,
                        projectId,
                        "RF-1",
                        new BigDecimal("135000.00"),
                        "EUR",
                        TODAY,
                        true,
                        "Zweck verfehlt",
                        "finance"));
        JsonNode done = await(
                projectId,
                s -> "CLOSED"
                        .equals(byTitle(s, "Abgerufene Mittel verwendet (R-1)")
                                .get("status")
                                .asString()));

        JsonNode reached = byTitle(done, "Zwischennachweis einreichen (interim-2026)");
        assertThat(reached.get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(reached.get("achievedOn").asString())
                .isEqualTo(TODAY.minusDays(1).toString());
        assertThat(byTitle(done, "Abgerufene Mittel verwendet (R-1)")
                        .get("closedReason")
                        .asString())
                .isEqualTo("Zuwendung widerrufen");
    }

    private static ProofOfUseDue proofDue(String projectId, String grantId, LocalDate due) {
        return new ProofOfUseDue(
                grantId,
                projectId,
                "interim-2026",
                ProofKind.INTERIM,
                due,
                "ANBest-P Nr. 6.1: Zwischennachweis bis 30. April des Folgejahres");
    }

    private static ProjectRegistered registered(String projectId, ProjectPhase phase) {
        return new ProjectRegistered(
                projectId, "MS-2", "Kupferspuren Radroute", null, List.of(), phase, null, List.of());
    }

    private JsonNode await(String projectId, Predicate<JsonNode> wanted) {
        ApiClient api = ApiClient.onPort(port);
        return ApiClient.eventually(
                        () -> api.get("/api/milestones/projects/" + projectId, TestTokens.forRole("manager")),
                        r -> r.status() == 200 && wanted.test(r.json()),
                        WAIT)
                .json();
    }

    private static JsonNode byTitle(JsonNode schedule, String title) {
        List<String> titles = new ArrayList<>();
        for (JsonNode m : schedule.get("milestones")) {
            if (title.equals(m.get("title").asString())) {
                return m;
            }
            titles.add(m.get("title").asString());
        }
        throw new AssertionError("no milestone '" + title + "' among " + titles);
    }
}
