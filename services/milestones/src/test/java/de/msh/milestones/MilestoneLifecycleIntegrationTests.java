package de.msh.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.milestones.MilestoneClosed;
import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Milestones of a project through the real broker and store: the project becomes known from the projects topic
 * (registered in the concept phase, it gets the template's gate into the application phase first), milestones are
 * planned, re-planned and reached through the API and leave as events, and the project's cancellation closes what is
 * open exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MilestoneLifecycleIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void plansReplansAndReachesMilestonesAndPublishesEachStep() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String projectId = knownProject();
        String base = "/api/milestones/projects/" + projectId;

        String gate = firstPlan(api, base, steering, plan("Förderbescheid liegt vor", "PHASE_GATE", TODAY.plusDays(60)))
                .get("id")
                .asString();
        var build = api.post(base, steering, """
                {"title":"Baubeginn","kind":"DELIVERABLE","on":"%s","dependsOn":["%s"]}""".formatted(TODAY.plusDays(120), gate));
        var stale = api.post(base + "/" + gate + "/replan", steering, """
                {"to":"%s","reason":"Vergabe verzögert","revision":2}""".formatted(TODAY.plusDays(150)));
        var replanned = api.post(base + "/" + gate + "/replan", steering, """
                {"to":"%s","reason":"Vergabe verzögert","revision":3}""".formatted(TODAY.plusDays(150)));

        assertThat(build.status()).isEqualTo(201);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(replanned.status()).isEqualTo(200);
        JsonNode buildNow = milestone(replanned.json(), build.json().get("id").asString());
        assertThat(buildNow.get("brokenDependencies").get(0).asString()).isEqualTo(gate);
        JsonNode gateNow = milestone(replanned.json(), gate);
        assertThat(gateNow.get("status").asString()).isEqualTo("LATE");
        assertThat(gateNow.get("slippageDays").asLong()).isEqualTo(90);

        var reached = api.post(base + "/" + gate + "/achieve", steering, "{\"on\":\"%s\"}".formatted(TODAY));
        assertThat(milestone(reached.json(), gate).get("status").asString()).isEqualTo("ACHIEVED");

        var events = new TopicProbe(brokers)
                .awaitRecords(
                        EventContext.MILESTONES.topic(),
                        r -> projectId.equals(r.key())
                                && "5".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                        WAIT);
        assertThat(events.stream().filter(r -> projectId.equals(r.key())))
                .extracting(r -> TopicProbe.header(r, CloudEventAttributes.TYPE))
                .containsExactly(
                        "msh.milestones.MilestonePlanned.v1",
                        "msh.milestones.MilestonePlanned.v1",
                        "msh.milestones.MilestonePlanned.v1",
                        "msh.milestones.MilestoneReplanned.v1",
                        "msh.milestones.MilestoneAchieved.v1");
    }

    @Test
    void refusesBadInputAndWritesOutsideTheRoleWithProblemDetailsAndChangesNothing() {
        ApiClient api = ApiClient.onPort(port);
        String projectId = knownProject();
        String base = "/api/milestones/projects/" + projectId;
        String finance = TestTokens.forRole("finance");

        String deadline = firstPlan(api, base, finance, plan("Verwendungsnachweis", "FUNDING_DEADLINE", TODAY))
                .get("id")
                .asString();
        var financeDeliverable = api.post(base, finance, plan("Eröffnung", "DELIVERABLE", TODAY.plusDays(30)));
        var manager = api.post(base, TestTokens.forRole("manager"), plan("Eröffnung", "DELIVERABLE", TODAY));
        var noTitle = api.post(base, finance, plan(" ", "FUNDING_DEADLINE", TODAY));
        var unknownProject = api.post(
                "/api/milestones/projects/" + UUID.randomUUID(), finance, plan("X", "FUNDING_DEADLINE", TODAY));
        var future =
                api.post(base + "/" + deadline + "/achieve", finance, "{\"on\":\"%s\"}".formatted(TODAY.plusDays(1)));
        var noReason = api.post(base + "/" + deadline + "/replan", finance, """
                {"to":"%s","reason":""}""".formatted(TODAY.plusDays(5)));
        var missing = api.post(base + "/nope/achieve", finance, "{}");

        assertThat(financeDeliverable.status()).isEqualTo(403);
        assertThat(manager.status()).isEqualTo(403);
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(unknownProject.status()).isEqualTo(422);
        assertThat(future.status()).isEqualTo(422);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(future.json().get("type").asString()).isEqualTo("https://problems.msh.example/milestone-invalid");
        JsonNode schedule = api.get(base, finance).json();
        assertThat(schedule.get("revision").asLong()).isEqualTo(2);
        assertThat(schedule.get("milestones")).hasSize(2);
        assertThat(milestone(schedule, deadline).get("status").asString()).isEqualTo("AT_RISK");
    }

    @Test
    void aCancelledProjectClosesItsOpenMilestonesOnceEvenWhenTheCancellationComesTwice() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String projectId = knownProject();
        String base = "/api/milestones/projects/" + projectId;
        String open = firstPlan(api, base, steering, plan("Eröffnung", "DELIVERABLE", TODAY.plusDays(30)))
                .get("id")
                .asString();
        var probe = new TopicProbe(brokers);

        ProjectCancelled cancelled = new ProjectCancelled(projectId, ProjectPhase.CONCEPT, "Kein Träger", "steering");
        probe.publish(projectId, 2, cancelled);
        probe.publish(projectId, 2, cancelled);

        JsonNode closed = ApiClient.eventually(
                        () -> api.get(base, steering),
                        r -> "CLOSED"
                                .equals(milestone(r.json(), open).get("status").asString()),
                        WAIT)
                .json();
        assertThat(closed.get("projectCancelled").asBoolean()).isTrue();
        assertThat(api.post(base, steering, plan("Neu", "DELIVERABLE", TODAY)).status())
                .isEqualTo(422);
        var events = probe.awaitRecords(
                EventContext.MILESTONES.topic(),
                r -> projectId.equals(r.key()) && "4".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                WAIT);
        // the template's gate and the one planned here, each closed once
        var closings = events.stream()
                .filter(r -> projectId.equals(r.key()))
                .map(r -> EventCodec.standard().fromJson(TopicProbe.header(r, CloudEventAttributes.TYPE), r.value()))
                .flatMap(Optional::stream)
                .filter(MilestoneClosed.class::isInstance)
                .toList();
        assertThat(closings).hasSize(2);
        assertThat(closings)
                .contains(new MilestoneClosed(projectId, open, "Vorhaben abgebrochen: Kein Träger", "system"));
    }

    @Test
    void listsTheMilestonesOfTheProjectsOneManagerLeadsAndFollowsAChangeOfManager() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String projectId = UUID.randomUUID().toString();
        var probe = new TopicProbe(brokers);
        probe.publish(
                projectId,
                1,
                new ProjectRegistered(
                        projectId,
                        "MS-3",
                        "Mobilitätsstation Hettstedt",
                        null,
                        List.of(),
                        ProjectPhase.ON_HOLD,
                        null,
                        List.of(),
                        null,
                        "Frau Beispiel-Müller",
                        List.of(),
                        null));
        String base = "/api/milestones/projects/" + projectId;
        String id = firstPlan(api, base, steering, plan("Standort gesichert", "DELIVERABLE", TODAY.plusDays(9)))
                .get("id")
                .asString();

        assertThat(ids(api.get("/api/milestones?manager=frau%20beispiel-m%C3%BCller", steering)
                        .json()))
                .contains(id);
        assertThat(ids(api.get("/api/milestones?manager=Herr%20Anders", steering)
                        .json()))
                .doesNotContain(id);

        probe.publish(
                projectId,
                2,
                new ProjectUpdated(
                        projectId,
                        "Mobilitätsstation Hettstedt",
                        null,
                        null,
                        List.of(),
                        "steering",
                        null,
                        List.of(),
                        "Herr Anders",
                        List.of(),
                        null));
        ApiClient.eventually(
                () -> api.get("/api/milestones?manager=Herr%20Anders", steering),
                r -> ids(r.json()).contains(id),
                WAIT);
    }

    private static List<String> ids(JsonNode milestones) {
        List<String> ids = new java.util.ArrayList<>();
        milestones.forEach(m -> ids.add(m.get("id").asString()));
        return ids;
    }

    /** A project announced on the projects topic; it is known here once a first plan for it succeeds. */
    private String knownProject() {
        String projectId = UUID.randomUUID().toString();
        new TopicProbe(brokers)
                .publish(
                        projectId,
                        1,
                        new ProjectRegistered(
                                projectId,
                                "MS-1",
                                "MakerLab Eisleben",
                                null,
                                List.of(),
                                ProjectPhase.CONCEPT,
                                null,
                                List.of()));
        return projectId;
    }

    private static JsonNode firstPlan(ApiClient api, String base, String token, String body) {
        return ApiClient.eventually(() -> api.post(base, token, body), r -> r.status() == 201, WAIT)
                .json();
    }

    private static String plan(String title, String kind, LocalDate on) {
        return """
                {"title":"%s","kind":"%s","on":"%s"}""".formatted(title, kind, on);
    }

    private static JsonNode milestone(JsonNode schedule, String id) {
        for (JsonNode m : schedule.get("milestones")) {
            if (id.equals(m.get("id").asString())) {
                return m;
            }
        }
        throw new AssertionError("no milestone " + id + " in " + schedule);
    }
}
