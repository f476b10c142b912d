package de.msh.reporting.statusreport.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.reporting.CaughtUp;
import de.msh.reporting.statusreport.application.DraftProgress.Step;
import de.msh.reporting.statusreport.domain.ReportScope;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A draft in the background: started with 202 and where to watch it, followed to its report; refused at once where
 * it would be refused; and the steps it tells as it goes, in order: the events replayed out of how many, the figures,
 * each file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportDraftsIntegrationTests {

    static final String DRAFTS = "/api/reporting/status-report-drafts";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    StatusReportService reports;

    @Test
    void aDraftStartsAtOnceAndIsFollowedToItsReport() {
        ApiClient api = ApiClient.onPort(port);
        String manager = TestTokens.forRole("manager");
        TopicProbe probe = new TopicProbe(brokers);
        String project = "p-" + UUID.randomUUID();
        probe.publish(
                project,
                1,
                new ProjectRegistered(
                        project, "DR-1", "Hintergrund", "energie", List.of(), ProjectPhase.IDEA, null, List.of()));
        await().atMost(Duration.ofSeconds(60)).until(() -> CaughtUp.withEveryTopic(api, manager, probe));

        var started = api.post(DRAFTS, manager, """
                {"scope":"PROJECT","key":"%s"}""".formatted(project));

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();
        JsonNode done = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get(DRAFTS + "/" + id, manager).json(),
                        p -> !"RUNNING".equals(p.get("state").asString()));
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("label").asString()).isEqualTo("Fertig");
        assertThat(api.get("/api/reporting/status-reports/" + id, manager)
                        .json()
                        .get("content")
                        .get("title")
                        .asString())
                .isEqualTo("Statusbericht Projekt DR-1: Hintergrund");

        // refused at once, not after a wait: a half-year not yet over; unknown drafts; readers may not start one
        var early = api.post(DRAFTS, manager, """
                {"scope":"INVKG_HALF_YEAR","key":"2999-H1"}""");
        assertThat(early.status()).isEqualTo(422);
        assertThat(api.get(DRAFTS + "/" + UUID.randomUUID(), manager).status()).isEqualTo(404);
        assertThat(api.post(DRAFTS, TestTokens.forRole("finance"), """
                        {"scope":"PORTFOLIO"}""").status())
                .isEqualTo(403);
        // a failure on the way is told with its reason
        var unknown = api.post(DRAFTS, manager, """
                {"scope":"PROJECT","key":"p-unbekannt"}""");
        JsonNode failed = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> api.get(DRAFTS + "/" + unknown.json().get("id").asString(), manager)
                                .json(),
                        p -> !"RUNNING".equals(p.get("state").asString()));
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.get("problem").asString()).isEqualTo("report-invalid");
    }

    @Test
    void aDraftTellsItsStepsInOrder() {
        List<String> told = new ArrayList<>();
        List<long[]> replayed = new ArrayList<>();

        reports.draft(
                UUID.randomUUID().toString(),
                ReportScope.portfolio(),
                Instant.now().minusMillis(1),
                "manager",
                (step, done, total) -> {
                    if (told.isEmpty() || !told.get(told.size() - 1).equals(step + " " + done)) {
                        told.add(step + " " + done);
                    }
                    if (step == Step.REPLAY) {
                        replayed.add(new long[] {done, total});
                    }
                });

        assertThat(told).first().asString().startsWith("REPLAY");
        assertThat(told).contains("COMPUTE 0");
        assertThat(told.subList(told.indexOf("COMPUTE 0"), told.size()))
                .containsExactly("COMPUTE 0", "FILES 0", "FILES 1", "FILES 2", "FILES 3", "FILES 4");
        assertThat(replayed).allSatisfy(r -> assertThat(r[0]).isLessThanOrEqualTo(r[1]));
    }
}
