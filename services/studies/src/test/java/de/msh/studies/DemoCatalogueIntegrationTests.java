package de.msh.studies;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A fresh stack with demo data holds 25 catalogue entries that say plainly they are placeholders. Its own database,
 * so other tests' counts stay untouched.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"msh.demo-data=true", "spring.mongodb.database=studies-demo"})
class DemoCatalogueIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void holdsTwentyFivePlaceholdersInTheFiveFieldsAndLoadingAgainAddsNothing() {
        JsonNode catalogue = catalogue();

        assertThat(catalogue.get("totalItems").asInt()).isEqualTo(25);
        for (JsonNode study : catalogue.get("items")) {
            assertThat(study.get("study").get("title").asString()).startsWith("Platzhalter");
            assertThat(study.get("study").get("summary").asString()).startsWith("PLATZHALTER");
        }
        for (String field : new String[] {"VALUE_CREATION_INNOVATION", "RESOURCES", "ENERGY", "MOBILITY_LOGISTICS"}) {
            JsonNode inField = ApiClient.onPort(port)
                    .get("/api/studies?field=" + field, TestTokens.forRole("auditor"))
                    .json();
            assertThat(inField.get("totalItems").asInt()).as(field).isEqualTo(5);
        }

        // as on the next start of the same stack
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));

        assertThat(catalogue().get("totalItems").asInt()).isEqualTo(25);
    }

    private JsonNode catalogue() {
        return ApiClient.onPort(port)
                .get("/api/studies?size=200", TestTokens.forRole("manager"))
                .json();
    }
}
