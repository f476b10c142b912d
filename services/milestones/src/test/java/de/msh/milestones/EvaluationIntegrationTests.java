package de.msh.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The evaluation on demand announces each milestone that is at risk or missed once, however often it runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvaluationIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void announcesAtRiskAndMissedOnceAcrossRuns() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String projectId = UUID.randomUUID().toString();
        var probe = new TopicProbe(brokers);
        // registered while on hold: the phase template plans nothing, so only the two milestones below are judged
        probe.publish(
                projectId,
                1,
                new ProjectRegistered(
                        projectId,
                        "EV-1",
                        "Mobilitätsstation Hettstedt",
                        null,
                        List.of(),
                        ProjectPhase.ON_HOLD,
                        null,
                        List.of()));
        String base = "/api/milestones/projects/" + projectId;
        ApiClient.eventually(
                () -> api.post(base, steering, """
                        {"title":"Ausschreibung veröffentlicht","kind":"DELIVERABLE","on":"%s"}""".formatted(TODAY.plusDays(5))), r -> r.status() == 201, WAIT);
        api.post(base, steering, """
                {"title":"Standortgutachten","kind":"DELIVERABLE","on":"%s"}""".formatted(TODAY.minusDays(2)));

        var first = api.post("/api/milestones/evaluations", steering, "");
        var second = api.post("/api/milestones/evaluations", steering, "");
        var forbidden = api.post("/api/milestones/evaluations", TestTokens.forRole("finance"), "");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("changed").asInt()).isPositive();
        assertThat(forbidden.status()).isEqualTo(403);
        var events = probe.awaitRecords(
                EventContext.MILESTONES.topic(),
                r -> projectId.equals(r.key()) && "4".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                WAIT);
        assertThat(second.status()).isEqualTo(200);
        assertThat(events.stream().filter(r -> projectId.equals(r.key())))
                .extracting(r -> TopicProbe.header(r, CloudEventAttributes.TYPE))
                .containsExactlyInAnyOrder(
                        "msh.milestones.MilestonePlanned.v1",
                        "msh.milestones.MilestonePlanned.v1",
                        "msh.milestones.MilestoneAtRisk.v1",
                        "msh.milestones.MilestoneMissed.v1");
    }
}
