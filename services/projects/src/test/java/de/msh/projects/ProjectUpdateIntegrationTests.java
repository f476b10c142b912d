package de.msh.projects;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.projects.ProjectUpdated;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An update through the real container, store and broker: published once, refused on a stale revision. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectUpdateIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void publishesProjectUpdatedAndRefusesAStaleRevision() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String manager = "Projektleitung Energie " + System.nanoTime();
        String id = api.post("/api/projects", steering, """
                        {"code":"UP-%d","title":"Green Power MSH₂"}""".formatted(System.nanoTime() % 1_000_000))
                .json()
                .get("id")
                .asString();
        String update = """
                {"revision":1,"title":"Netzwerk Green Power MSH₂","strategicField":"energie","handlingArea":"ENERGY",
                 "municipalities":["Sangerhausen"],"projectManager":"%s"}""".formatted(manager);

        var updated = api.put("/api/projects/" + id, steering, update);
        var stale = api.put("/api/projects/" + id, TestTokens.forRole("admin"), update);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("revision").asLong()).isEqualTo(2);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asString()).isEqualTo("https://problems.msh.example/stale-version");
        var event = new TopicProbe(brokers)
                .awaitRecord(
                        EventContext.PROJECTS.topic(),
                        r -> id.equals(r.key()) && "2".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                        WAIT);
        assertThat(EventCodec.standard().fromJson(TopicProbe.header(event, CloudEventAttributes.TYPE), event.value()))
                .contains(new ProjectUpdated(
                        id,
                        "Netzwerk Green Power MSH₂",
                        "energie",
                        "ENERGY",
                        List.of("Sangerhausen"),
                        "steering",
                        null,
                        List.of(),
                        manager,
                        List.of(),
                        null));
        var byManager = api.get("/api/projects?projectManager=" + manager.replace(" ", "%20"), steering)
                .json();
        assertThat(byManager.get("items")).hasSize(1);
    }
}
