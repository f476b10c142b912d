package de.msh.projects;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A fresh stack with demo data holds the projects the office's text names, with what the text says and nothing
 * more, registered like any other project. Its own database, so other tests' counts stay untouched.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"msh.demo-data=true", "spring.mongodb.database=projects-demo"})
class DemoProjectsIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void holdsTheProjectsOfTheOfficesTextWithOnlyWhatItStates() {
        JsonNode items = portfolio();

        assertThat(codes(items))
                .containsExactlyInAnyOrder(
                        "MAKERLAB-EISLEBEN",
                        "INNOHUB-HOLZ-KLIMA",
                        "KUPFERSPUREN-RADWEG",
                        "RADWEGENETZPLANUNG",
                        "MOBILITAETSSTATIONEN",
                        "GREEN-POWER-MSH2",
                        "TOURISMUSBUERO",
                        "IMPULSGEBERTAGE",
                        "REGIONALDIALOG");
        JsonNode makerLab = byCode(items, "MAKERLAB-EISLEBEN");
        assertThat(makerLab.get("strategicField").asString()).isEqualTo("wertschoepfung");
        assertThat(makerLab.get("municipalities").get(0).asString()).isEqualTo("Lutherstadt Eisleben");
        assertThat(makerLab.get("phase").asString()).isEqualTo("IDEA");
        for (String unstated :
                List.of("projectManager", "leadOrganisation", "plannedCost", "handlingArea", "studyId")) {
            assertThat(makerLab.get(unstated).isNull()).as(unstated).isTrue();
        }
        assertThat(byCode(items, "MOBILITAETSSTATIONEN").get("phase").asString())
                .isEqualTo("CONCEPT");
        assertThat(byCode(items, "TOURISMUSBUERO").get("municipalities").get(0).asString())
                .isEqualTo("Stolberg (Harz)");
        assertThat(byCode(items, "IMPULSGEBERTAGE").get("phase").asString()).isEqualTo("IMPLEMENTATION");
        String makerLabId = makerLab.get("id").asString();
        var registered = new TopicProbe(brokers)
                .awaitRecord(EventContext.PROJECTS.topic(), r -> makerLabId.equals(r.key()), Duration.ofSeconds(30));
        assertThat(TopicProbe.header(registered, CloudEventAttributes.TYPE))
                .isEqualTo("msh.projects.ProjectRegistered.v1");
    }

    @Test
    void loadingAgainAddsNothing() {
        int before = portfolio().size();

        // as on the next start of the same stack
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));

        assertThat(portfolio()).hasSize(before);
    }

    private JsonNode portfolio() {
        return ApiClient.onPort(port)
                .get("/api/projects?size=200", TestTokens.forRole("manager"))
                .json()
                .get("items");
    }

    private static List<String> codes(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    private static JsonNode byCode(JsonNode items, String code) {
        for (JsonNode item : items) {
            if (code.equals(item.get("code").asString())) {
                return item;
            }
        }
        throw new AssertionError("No project " + code);
    }
}
