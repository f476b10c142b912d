package de.msh.reporting.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.projects.PlannedCost;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.reporting.portfolio.PortfolioFold.Group;
import de.msh.reporting.portfolio.PortfolioFold.Published;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The portfolio view against the same events folded in plain Java: every group's number of projects and planned cost
 * to the cent, after updates, phase changes and redelivered events, through the real broker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortfolioViewIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void everyGroupEqualsTheEventsFoldedIndependently() {
        String tag = "fold-" + UUID.randomUUID().toString().substring(0, 8);
        List<Published> events = history(tag);
        TopicProbe topic = new TopicProbe(brokers);
        events.forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));
        // Redelivered: the same events again, which must change nothing.
        events.subList(0, 4).forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));
        Map<String, List<Group>> expected = new PortfolioFold(events).groupsOfProjectsTagged(tag);

        ApiClient reporting = ApiClient.onPort(port);
        String auditor = TestTokens.forRole("auditor");
        await().atMost(Duration.ofSeconds(45))
                .untilAsserted(() -> assertThat(groups(reporting
                                .get("/api/reporting/portfolio?tag=" + tag, auditor)
                                .json()))
                        .isEqualTo(expected));
    }

    @Test
    void describesItsApiInOpenApi() {
        ApiClient.Response docs = ApiClient.onPort(port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/reporting/portfolio")).isTrue();
        assertThat(docs.json().get("paths").has("/api/reporting/portfolio/phases"))
                .isTrue();
    }

    private static List<Published> history(String tag) {
        String makerLab = UUID.randomUUID().toString();
        String innoHub = UUID.randomUUID().toString();
        String radweg = UUID.randomUUID().toString();
        String tourism = UUID.randomUUID().toString();
        List<Published> events = new ArrayList<>();
        events.add(new Published(
                makerLab,
                1,
                registered(
                        makerLab,
                        "FOLD-1",
                        "wertschoepfung",
                        List.of("Lutherstadt Eisleben"),
                        "Frau Beispiel",
                        List.of(tag, "Handwerk"),
                        cost("480000.00"))));
        events.add(new Published(
                innoHub,
                1,
                registered(
                        innoHub,
                        "FOLD-2",
                        "wertschoepfung",
                        List.of("Sangerhausen", "Lutherstadt Eisleben"),
                        "Herr Muster",
                        List.of(tag),
                        cost("1250000.10"))));
        events.add(new Published(
                radweg,
                1,
                registered(radweg, "FOLD-3", "tourismus", List.of("Hettstedt", "Mansfeld"), null, List.of(tag), null)));
        events.add(new Published(
                tourism,
                1,
                registered(tourism, "FOLD-4", null, List.of(), "Frau Beispiel", List.of(tag), cost("99999.99"))));
        events.add(new Published(
                makerLab,
                2,
                new ProjectPhaseChanged(makerLab, ProjectPhase.IDEA, ProjectPhase.CONCEPT, "steering", null, false)));
        events.add(new Published(
                radweg,
                2,
                new ProjectUpdated(
                        radweg,
                        "Kupferspuren Radweg",
                        "tourismus",
                        null,
                        List.of("Hettstedt"),
                        "steering",
                        null,
                        List.of(),
                        "Herr Muster",
                        List.of(tag, "Radverkehr"),
                        cost("2100000.00"))));
        events.add(new Published(
                innoHub,
                2,
                new ProjectUpdated(
                        innoHub,
                        "InnoHub",
                        "wertschoepfung",
                        null,
                        List.of("Sangerhausen"),
                        "steering",
                        null,
                        List.of(),
                        "Herr Muster",
                        List.of("nicht-mehr"),
                        cost("1.00"))));
        events.add(new Published(
                tourism,
                2,
                new ProjectPhaseChanged(
                        tourism, ProjectPhase.IDEA, ProjectPhase.CANCELLED, "steering", "Kein Träger", false)));
        return events;
    }

    private static ProjectRegistered registered(
            String id,
            String code,
            String field,
            List<String> municipalities,
            String manager,
            List<String> tags,
            PlannedCost cost) {
        return new ProjectRegistered(
                id,
                code,
                "Projekt " + code,
                field,
                municipalities,
                ProjectPhase.IDEA,
                null,
                List.of(),
                null,
                manager,
                tags,
                cost);
    }

    private static PlannedCost cost(String total) {
        return new PlannedCost(new BigDecimal(total), "EUR", List.of());
    }

    private static Map<String, List<Group>> groups(JsonNode view) {
        Map<String, List<Group>> groups = new HashMap<>();
        for (String facet : List.of("byPhase", "byStrategicField", "byMunicipality", "byProjectManager", "byTag")) {
            List<Group> list = new ArrayList<>();
            view.get(facet).forEach(g -> list.add(group(g)));
            groups.put(facet, list);
        }
        groups.put("total", List.of(group(view.get("total"))));
        return groups;
    }

    private static Group group(JsonNode group) {
        return new Group(
                group.get("key").asString(),
                group.get("projects").asLong(),
                new BigDecimal(group.get("plannedCost").asString()).setScale(2));
    }
}
