package de.msh.reporting.milestones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.DomainEvent;
import de.msh.events.milestones.MilestoneAchieved;
import de.msh.events.milestones.MilestoneClosed;
import de.msh.events.milestones.MilestoneKind;
import de.msh.events.milestones.MilestonePlanned;
import de.msh.events.milestones.MilestoneReplanned;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Milestone health through the real broker, with redeliveries and the milestones arriving before their projects:
 * per field and manager, the missed and upcoming deadlines, a filter, and a refused parameter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MilestoneHealthIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    record Published(String subject, long sequence, DomainEvent event) {}

    @Test
    void healthPerFieldAndManagerWithTheMissedAndUpcomingDeadlines() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String energy = "energie-" + tag;
        String tourism = "tourismus-" + tag;
        String manager = "Krause " + tag;
        String a = "p-" + UUID.randomUUID();
        String b = "p-" + UUID.randomUUID();
        List<Published> milestones = new ArrayList<>();
        milestones.add(planned(a, 1, "M-1", MilestoneKind.DELIVERABLE, -20));
        milestones.add(planned(a, 2, "M-2", MilestoneKind.PHASE_GATE, -10));
        milestones.add(planned(a, 3, "M-3", MilestoneKind.FUNDING_DEADLINE, 10));
        milestones.add(planned(a, 4, "M-4", MilestoneKind.EVENT, 3));
        milestones.add(planned(a, 5, "M-5", MilestoneKind.DELIVERABLE, -40));
        milestones.add(new Published(
                a, 6, new MilestoneAchieved(a, "M-1", TODAY.minusDays(22), TODAY.minusDays(20), "steering")));
        milestones.add(new Published(
                a,
                7,
                new MilestoneReplanned(
                        a, "M-2", TODAY.minusDays(10), TODAY.minusDays(5), "Gutachten fehlt", "steering")));
        milestones.add(new Published(a, 8, new MilestoneClosed(a, "M-5", "entfällt", "steering")));
        milestones.add(planned(b, 1, "M-1", MilestoneKind.REPORTING_DATE, -30));
        milestones.add(planned(b, 2, "M-2", MilestoneKind.DELIVERABLE, 60));
        milestones.add(new Published(
                b, 3, new MilestoneAchieved(b, "M-1", TODAY.minusDays(25), TODAY.minusDays(30), "steering")));

        TopicProbe probe = new TopicProbe(brokers);
        milestones.forEach(e -> probe.publish(e.subject(), e.sequence(), e.event()));
        milestones.subList(2, 8).forEach(e -> probe.publish(e.subject(), e.sequence(), e.event()));
        probe.publish(a, 1, project(a, "E-" + tag, energy, manager));
        probe.publish(b, 1, project(b, "T-" + tag, tourism, null));

        ApiClient api = ApiClient.onPort(port);
        String auditor = TestTokens.forRole("auditor");
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
            JsonNode view = api.get("/api/reporting/milestones", auditor).json();
            assertThat(group(view.get("byField"), energy)).isEqualTo("3 1 1 1 1 2 0.5000 1.0 5");
            assertThat(group(view.get("byField"), tourism)).isEqualTo("2 1 0 0 0 1 0.0000 2.5 5");
            assertThat(group(view.get("byManager"), manager)).isEqualTo(group(view.get("byField"), energy));
            assertThat(deadlines(view.get("missed"), a)).containsExactly("M-2 PHASE_GATE 5 " + energy + " " + manager);
            assertThat(deadlines(view.get("upcoming"), a))
                    .containsExactly("M-3 FUNDING_DEADLINE 0 " + energy + " " + manager);
            assertThat(deadlines(view.get("upcoming"), b)).isEmpty();
        });

        JsonNode tourismOnly =
                api.get("/api/reporting/milestones?field=" + tourism, auditor).json();
        assertThat(group(List.of(tourismOnly.get("total")), "alle")).isEqualTo("2 1 0 0 0 1 0.0000 2.5 5");
        JsonNode wide = api.get("/api/reporting/milestones?upcomingDays=90&field=" + tourism, auditor)
                .json();
        assertThat(deadlines(wide.get("upcoming"), b)).containsExactly("M-2 DELIVERABLE 0 " + tourism + " null");
        var refused = api.get("/api/reporting/milestones?upcomingDays=0", auditor);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
    }

    /** milestones achieved onTime missed upcoming open rate averageSlippage maxSlippage */
    private static String group(Iterable<JsonNode> groups, String key) {
        for (JsonNode group : groups) {
            if (key.equals(group.get("key").asString())) {
                return String.join(
                        " ",
                        group.get("milestones").asString(),
                        group.get("achieved").asString(),
                        group.get("achievedOnTime").asString(),
                        group.get("missed").asString(),
                        group.get("upcoming").asString(),
                        group.get("open").asString(),
                        group.get("onTimeRate").isNull()
                                ? "-"
                                : group.get("onTimeRate")
                                        .decimalValue()
                                        .setScale(4)
                                        .toPlainString(),
                        group.get("averageSlippageDays")
                                .decimalValue()
                                .setScale(1)
                                .toPlainString(),
                        group.get("maxSlippageDays").asString());
            }
        }
        return "none";
    }

    private static List<String> deadlines(JsonNode deadlines, String project) {
        List<String> found = new ArrayList<>();
        deadlines.forEach(d -> {
            if (project.equals(d.get("projectId").asString())) {
                found.add(String.join(
                        " ",
                        d.get("milestoneId").asString(),
                        d.get("kind").asString(),
                        d.get("slippageDays").asString(),
                        d.get("strategicField").asString(),
                        d.get("projectManager").isNull()
                                ? "null"
                                : d.get("projectManager").asString()));
            }
        });
        return found;
    }

    private static Published planned(String project, long sequence, String id, MilestoneKind kind, int days) {
        return new Published(
                project,
                sequence,
                new MilestonePlanned(
                        project,
                        id,
                        "Meilenstein " + id,
                        kind,
                        TODAY.plusDays(days),
                        List.of(),
                        null,
                        null,
                        "steering"));
    }

    private static ProjectRegistered project(String id, String code, String field, String manager) {
        return new ProjectRegistered(
                id,
                code,
                "Projekt " + code,
                field,
                List.of(),
                ProjectPhase.IMPLEMENTATION,
                null,
                List.of(),
                null,
                manager,
                List.of(),
                null);
    }
}
