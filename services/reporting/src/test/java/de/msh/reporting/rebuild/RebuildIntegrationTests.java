package de.msh.reporting.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.ProjectIndicatorReported;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.studies.RecommendationAdded;
import de.msh.events.studies.StudyKind;
import de.msh.events.studies.StudyRegistered;
import de.msh.reporting.CaughtUp;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A rebuild from offset zero through the real broker and store: of two admins starting it at once one does, the
 * views keep answering the same while it runs, and afterwards every view of the rebuilt space equals what the live
 * one showed, exactly; events that arrive later land in the new space.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RebuildIntegrationTests {

    private static final List<String> VIEWS = List.of(
            "/api/reporting/portfolio",
            "/api/reporting/portfolio/phases",
            "/api/reporting/money",
            "/api/reporting/studies",
            "/api/reporting/masterplan/progress",
            "/api/reporting/milestones");
    private static final String REBUILD = "/api/reporting/admin/rebuild";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void theRebuiltReadModelsEqualTheLiveOnesAndTakeOverWithoutAPause() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        String manager = TestTokens.forRole("manager");
        String project = publishHistory();
        await().atMost(Duration.ofSeconds(45))
                .until(() -> api.get("/api/reporting/money?projectId=" + project, manager)
                                .json()
                                .get("total")
                                .get("called")
                                .decimalValue()
                                .compareTo(new BigDecimal("5000.00"))
                        == 0);
        // every event of every test before is in the live view: it stands still
        TopicProbe probe = new TopicProbe(brokers);
        await().atMost(Duration.ofSeconds(60)).until(() -> CaughtUp.withEveryTopic(api, manager, probe));
        Map<String, JsonNode> live = answers(api, manager);
        String before =
                api.get("/api/reporting/positions", manager).json().get("space").asString();

        List<Integer> started = startTwiceAtOnce(api);
        assertThat(started).containsExactlyInAnyOrder(202, 409);
        assertThat(api.post(REBUILD, manager, "{}").status()).isEqualTo(403);

        JsonNode done = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            // the views keep answering, the same, while the new space fills
            assertSame(live, answers(api, manager));
            JsonNode status = api.get(REBUILD, manager).json();
            if (!"RUNNING".equals(status.get("state").asString())) {
                done = status;
                break;
            }
            Thread.sleep(100);
        }
        assertThat(done).isNotNull();
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("events").asLong()).isPositive();
        JsonNode active = api.get("/api/reporting/positions", manager).json();
        assertThat(active.get("space").asString())
                .isEqualTo(done.get("space").asString())
                .isNotEqualTo(before);
        assertThat(active.get("positions").size()).isPositive();
        assertSame(live, answers(api, manager));

        // the live consumers now fill the new space
        String later = "p-" + UUID.randomUUID();
        new TopicProbe(brokers).publish(later, 1, registered(later, "danach"));
        await().atMost(Duration.ofSeconds(45))
                .until(() -> !api.get("/api/reporting/portfolio", manager)
                        .json()
                        .equals(live.get("/api/reporting/portfolio")));
    }

    private static void assertSame(Map<String, JsonNode> expected, Map<String, JsonNode> actual) {
        expected.forEach((view, answer) -> assertThat(actual.get(view)).as(view).isEqualTo(answer));
    }

    private List<Integer> startTwiceAtOnce(ApiClient api) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(() ->
                        api.post(REBUILD, TestTokens.forRole("admin"), "{}").status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(both)) {
                statuses.add(status.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, JsonNode> answers(ApiClient api, String token) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        VIEWS.forEach(view -> answers.put(view, api.get(view, token).json()));
        return answers;
    }

    /** A project with a planned and reported indicator, a grant with a call, and a study; returns the project. */
    private String publishHistory() {
        String project = "p-" + UUID.randomUUID();
        String grant = UUID.randomUUID().toString();
        String study = "s-" + UUID.randomUUID();
        TopicProbe topic = new TopicProbe(brokers);
        topic.publish(project, 1, registered(project, "vorher"));
        topic.publish(
                project,
                2,
                new ProjectIndicatorReported(
                        project,
                        "radwege-km",
                        "km",
                        new BigDecimal("4.5"),
                        LocalDate.of(2025, 9, 30),
                        "Abnahme",
                        "steering"));
        topic.publish(
                grant,
                1,
                new GrantApplied(
                        grant, project, "RB-1", "rebuild", "2020-2026", new BigDecimal("9000.00"), "EUR", "finance"));
        topic.publish(
                grant,
                2,
                new GrantApproved(
                        grant,
                        project,
                        "rebuild",
                        new BigDecimal("9000.00"),
                        "EUR",
                        LocalDate.of(2025, 5, 1),
                        "finance"));
        topic.publish(
                grant,
                3,
                new FundsCalled(
                        grant,
                        project,
                        "RB-1",
                        "C-1",
                        2025,
                        new BigDecimal("5000.00"),
                        "EUR",
                        LocalDate.of(2025, 6, 1),
                        "finance"));
        topic.publish(
                study, 1, new StudyRegistered(study, "Radverkehr", StudyKind.NEEDS_ASSESSMENT, "MOBILITAET_LOGISTIK"));
        topic.publish(study, 2, new RecommendationAdded(study, "R-1", "Lückenschluss", "steering"));
        return project;
    }

    private static ProjectRegistered registered(String id, String title) {
        return new ProjectRegistered(
                id,
                "RB-" + id.substring(2, 6),
                "Radweg " + title,
                "mobilitaet-logistik",
                List.of("Sangerhausen"),
                ProjectPhase.IMPLEMENTATION,
                null,
                List.of(new PlannedContribution("radwege-km", "km", new BigDecimal("12"))));
    }
}
