package de.msh.studies;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Importing a catalogue: all rows or none, the same file twice changes nothing, and a later file updates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueImportIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void importsAllRowsOrNoneAndIsIdempotent() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String tag = "CI" + System.nanoTime() % 1_000_000;
        String good = """
                catalogueNumber;title;kind;field;status;startDate;endDate
                %1$s-1;Bedarfsuntersuchung Fachkräfte;Bedarfsuntersuchung;wertschoepfung-innovation;IN_PROGRESS;01.03.2021;
                %1$s-2;Machbarkeitsanalyse Kreislaufwirtschaft;FEASIBILITY_ANALYSIS;ressourcen;;;
                """.formatted(tag);
        String oneBadRow = good + "%s-3;Tourismusstudie;Gutachten;tourismus-kultur;;30.02.2021;\n".formatted(tag);

        var refused = csv(api, "steering", oneBadRow);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString()).isEqualTo("https://problems.msh.example/catalogue-invalid");
        assertThat(refused.json().get("errors")).hasSize(2);
        assertThat(refused.json().get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(studies(api, tag).get("totalItems").asInt()).isZero();

        var first = csv(api, "steering", good);
        var again = csv(api, "steering", good);
        var completed =
                csv(api, "steering", good.replace("IN_PROGRESS;01.03.2021;", "COMPLETED;01.03.2021;30.11.2021"));
        var back = csv(api, "steering", good);

        assertThat(first.json().get("created").asInt()).isEqualTo(2);
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(completed.json().get("updated").asInt()).isEqualTo(1);
        assertThat(back.status()).isEqualTo(422);
        assertThat(back.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        JsonNode items = studies(api, tag).get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("status").asString()).isEqualTo("COMPLETED");
        String id = items.get(0).get("id").asString();
        var events = new TopicProbe(brokers)
                .awaitRecords(
                        EventContext.STUDIES.topic(),
                        r -> id.equals(r.key()) && "2".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                        Duration.ofSeconds(30));
        assertThat(events.stream().filter(r -> id.equals(r.key())))
                .extracting(r -> TopicProbe.header(r, CloudEventAttributes.TYPE))
                .containsExactly("msh.studies.StudyRegistered.v1", "msh.studies.StudyCompleted.v1");
    }

    @Test
    void refusesAnUnreadableFileAndOtherRoles() {
        ApiClient api = ApiClient.onPort(port);

        var unreadable = csv(api, "steering", "catalogueNumber;title\n\"MRM;x\n");
        var manager = csv(api, "manager", "catalogueNumber;title;kind;field\nX-1;a;b;c\n");

        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().get("type").asString())
                .isEqualTo("https://problems.msh.example/catalogue-unreadable");
        assertThat(manager.status()).isEqualTo(403);
    }

    private static ApiClient.Response csv(ApiClient api, String role, String body) {
        return api.post("/api/studies/catalogue", TestTokens.forRole(role), "text/csv", body);
    }

    private static JsonNode studies(ApiClient api, String tag) {
        return api.get("/api/studies?q=" + tag, TestTokens.forRole("auditor")).json();
    }
}
