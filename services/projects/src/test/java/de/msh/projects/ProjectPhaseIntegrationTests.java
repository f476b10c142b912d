package de.msh.projects;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A phase change through the real container, store and broker, with revisions guarding against stale views. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectPhaseIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void publishesTheChangeKeepsTheHistoryAndRefusesAStaleRevision() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        var registered = api.post("/api/projects", steering, """
                {"code":"PH-%d","title":"Radwegenetzplanung"}""".formatted(System.nanoTime() % 1_000_000));
        String id = registered.json().get("id").asString();
        var probe = new TopicProbe(brokers);
        probe.awaitRecord(EventContext.PROJECTS.topic(), r -> id.equals(r.key()), WAIT);

        var changed = api.post("/api/projects/" + id + "/phase", steering, """
                {"to":"CONCEPT","reason":"Planungsbüro beauftragt","revision":1}""");
        var stale = api.post("/api/projects/" + id + "/phase", steering, """
                {"to":"APPLICATION","revision":1}""");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("revision").asLong()).isEqualTo(2);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).isEqualTo("https://problems.msh.example/stale-version");
        var event = probe.awaitRecord(
                EventContext.PROJECTS.topic(),
                r -> id.equals(r.key()) && "2".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                WAIT);
        assertThat(EventCodec.standard().fromJson(TopicProbe.header(event, CloudEventAttributes.TYPE), event.value()))
                .contains(new ProjectPhaseChanged(
                        id, ProjectPhase.IDEA, ProjectPhase.CONCEPT, "steering", "Planungsbüro beauftragt", false));
        var details =
                api.get("/api/projects/" + id, TestTokens.forRole("auditor")).json();
        assertThat(details.get("project").get("phase").asString()).isEqualTo("CONCEPT");
        assertThat(details.get("history")).hasSize(2);
    }

    @Test
    void refusesApprovalWithoutAFundingDecisionNamingTheRule() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String id = api.post("/api/projects", steering, """
                        {"code":"PH-A%d","title":"Green Power MSH₂","phase":"APPLICATION"}""".formatted(System.nanoTime() % 1_000_000))
                .json()
                .get("id")
                .asString();

        var refused = api.post("/api/projects/" + id + "/phase", steering, "{\"to\":\"APPROVED\"}");
        var overridden = api.post("/api/projects/" + id + "/phase", TestTokens.forRole("admin"), """
                {"to":"APPROVED","overrideGate":true,"reason":"Bescheid liegt auf Papier vor"}""");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString())
                .isEqualTo("https://problems.msh.example/approval-requires-funding-decision");
        assertThat(overridden.status()).isEqualTo(200);
        assertThat(overridden.json().get("phase").asString()).isEqualTo("APPROVED");
    }
}
