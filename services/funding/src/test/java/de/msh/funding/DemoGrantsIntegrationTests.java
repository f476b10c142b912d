package de.msh.funding;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
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
 * The demo grants wait for their projects, go through the real use cases, and the demo statement shows every kind
 * of match. Its own database and consumer group keep it apart from the other tests' envelopes.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "msh.demo-data=true",
            "spring.mongodb.database=funding-demo",
            "spring.cloud.stream.bindings.onProjectsEvents-in-0.group=funding-demo"
        })
class DemoGrantsIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void loadsTheDemoGrantsOnceTheirProjectsAreKnownAndMatchesTheDemoStatement() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        for (String code : List.of("TOURISMUSBUERO", "MAKERLAB-EISLEBEN", "GREEN-POWER-MSH2", "MOBILITAETSSTATIONEN")) {
            String id = UUID.randomUUID().toString();
            probe.publish(
                    id,
                    1,
                    new ProjectRegistered(
                            id, code, code, "tourismus", List.of(), ProjectPhase.APPLICATION, null, List.of()));
        }

        var statements = ApiClient.eventually(
                () -> api.get("/api/funding/statements", finance), r -> r.json().size() == 1, WAIT);
        JsonNode grants = api.get("/api/funding/grants", finance).json();

        assertThat(grants.valueStream().map(g -> g.get("status").asString()).toList())
                .containsExactly("APPROVED", "APPROVED", "REJECTED", "APPLIED");
        assertThat(grants.valueStream().map(g -> g.get("fileNumber").asString()))
                .allSatisfy(number -> assertThat(number).startsWith("DEMO-"));
        JsonNode counts = statements.json().get(0).get("counts");
        assertThat(counts.get("MATCHED").asInt()).isEqualTo(2);
        assertThat(counts.get("PARTIAL").asInt()).isEqualTo(1);
        assertThat(counts.get("UNMATCHED").asInt()).isEqualTo(1);
        assertThat(counts.get("UNEXPECTED").asInt()).isEqualTo(2);
        JsonNode tourism = grants.get(0).get("totals");
        assertThat(tourism.get("received").decimalValue()).isEqualByComparingTo("330000.00");
    }
}
