package de.msh.studies;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.studies.RecommendationAdopted;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A study from registration to a recommendation carried out by a project, through the real broker and store: the
 * project becomes known from the projects topic, and its cancellation reopens the recommendation exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudyLifecycleIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void linksARecommendationToAProjectUntilTheProjectIsCancelled() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        var probe = new TopicProbe(brokers);
        String id = api.post("/api/studies", steering, """
                        {"catalogueNumber":"IT-%d","status":"IN_PROGRESS",
                         "study":{"title":"Bedarfsuntersuchung Radverkehr","kind":"NEEDS_ASSESSMENT",
                                  "field":"MOBILITY_LOGISTICS"}}""".formatted(System.nanoTime() % 1_000_000))
                .json()
                .get("id")
                .asString();
        var stale = api.post("/api/studies/" + id + "/status", steering, "{\"to\":\"COMPLETED\",\"revision\":0}");
        var completed = api.post("/api/studies/" + id + "/status", steering, """
                {"to":"COMPLETED","on":"2021-11-30","revision":1}""");
        api.post("/api/studies/" + id + "/recommendations", steering, "{\"text\":\"Radwegenetz planen\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(completed.status()).isEqualTo(200);
        String projectId = UUID.randomUUID().toString();
        String adopt = "/api/studies/" + id + "/recommendations/R-1/adoptions";
        assertThat(api.post(adopt, steering, "{\"projectId\":\"%s\"}".formatted(projectId))
                        .status())
                .isEqualTo(422);

        probe.publish(projectId, 1, registered(projectId));
        ApiClient.eventually(
                () -> api.post(adopt, steering, "{\"projectId\":\"%s\"}".formatted(projectId)),
                r -> r.status() == 200,
                WAIT);

        var events = probe.awaitRecords(
                EventContext.STUDIES.topic(),
                r -> id.equals(r.key()) && "4".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                WAIT);
        assertThat(events.stream().filter(r -> id.equals(r.key())))
                .extracting(r -> TopicProbe.header(r, CloudEventAttributes.TYPE))
                .containsExactly(
                        "msh.studies.StudyRegistered.v1",
                        "msh.studies.StudyCompleted.v1",
                        "msh.studies.RecommendationAdded.v1",
                        "msh.studies.RecommendationAdopted.v1");
        var adopted = events.get(events.size() - 1);
        assertThat(EventCodec.standard()
                        .fromJson(TopicProbe.header(adopted, CloudEventAttributes.TYPE), adopted.value()))
                .contains(new RecommendationAdopted(id, "R-1", projectId, "steering"));

        ProjectCancelled cancelled = new ProjectCancelled(projectId, ProjectPhase.CONCEPT, "Kein Träger", "steering");
        probe.publish(projectId, 2, cancelled);
        JsonNode reopened = ApiClient.eventually(
                        () -> api.get("/api/studies/" + id, steering),
                        r -> "OPEN"
                                .equals(recommendation(r.json()).get("status").asString()),
                        WAIT)
                .json();
        long revision = reopened.get("study").get("revision").asLong();
        probe.publish(projectId, 2, cancelled);
        probe.publish(projectId, 1, registered(projectId));
        // One partition keeps the topic's order: once the next project is known, the redeliveries were handled.
        String nextProject = UUID.randomUUID().toString();
        probe.publish(nextProject, 1, registered(nextProject));

        assertThat(api.post(adopt, steering, "{\"projectId\":\"%s\"}".formatted(projectId))
                        .status())
                .isEqualTo(422);
        JsonNode after = ApiClient.eventually(
                        () -> api.post(adopt, steering, "{\"projectId\":\"%s\"}".formatted(nextProject)),
                        r -> r.status() == 200,
                        WAIT)
                .json();
        assertThat(after.get("study").get("revision").asLong()).isEqualTo(revision + 1);
        assertThat(recommendation(after).get("cancelledProjectIds")).hasSize(1);
        assertThat(recommendation(after).get("projectIds").get(0).asString()).isEqualTo(nextProject);
    }

    private static ProjectRegistered registered(String projectId) {
        return new ProjectRegistered(
                projectId, "MO-1", "Radwegenetzplanung", null, List.of(), ProjectPhase.IDEA, null, List.of());
    }

    @Test
    void withdrawsAStudyEnteredByMistakeFromTheListButKeepsItReadable() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String number = "WD-" + System.nanoTime() % 1_000_000;
        String id = api.post("/api/studies", steering, """
                        {"catalogueNumber":"%s",
                         "study":{"title":"Doppelt erfasst","kind":"NEEDS_ASSESSMENT","field":"RESOURCES"}}""".formatted(number))
                .json()
                .get("id")
                .asString();

        var withoutReason = api.delete("/api/studies/" + id, steering);
        var withdrawn = api.delete("/api/studies/" + id + "?reason=Doppelt%20erfasst&revision=1", steering);

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(api.get("/api/studies?q=" + number, steering)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isZero();
        assertThat(api.get("/api/studies?status=WITHDRAWN&q=" + number, steering)
                        .json()
                        .get("totalItems")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/studies/" + id, steering)
                        .json()
                        .get("study")
                        .get("status")
                        .asString())
                .isEqualTo("WITHDRAWN");
        var event = new TopicProbe(brokers)
                .awaitRecord(
                        EventContext.STUDIES.topic(),
                        r -> id.equals(r.key()) && "2".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                        WAIT);
        assertThat(TopicProbe.header(event, CloudEventAttributes.TYPE)).isEqualTo("msh.studies.StudyWithdrawn.v1");
    }

    private static JsonNode recommendation(JsonNode study) {
        return study.get("recommendations").get(0);
    }
}
