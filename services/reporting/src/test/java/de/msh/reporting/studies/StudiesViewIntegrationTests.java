package de.msh.reporting.studies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.DomainEvent;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.studies.RecommendationAdded;
import de.msh.events.studies.RecommendationAdopted;
import de.msh.events.studies.RecommendationRealised;
import de.msh.events.studies.RecommendationRejected;
import de.msh.events.studies.StudyKind;
import de.msh.events.studies.StudyRegistered;
import de.msh.events.studies.StudyWithdrawn;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What became of the recommendations, per study field, against the same events folded in plain Java: added,
 * adopted, realised, rejected, a withdrawn study, and a project cancelled after its recommendation was adopted (its
 * cancellation arriving on another topic, before the adoption), with redeliveries.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StudiesViewIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    record Published(String subject, long sequence, DomainEvent event) {}

    @Test
    void theRealisationPerFieldEqualsTheEventsFoldedIndependently() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String energy = "energie-" + tag;
        String tourism = "tourismus-" + tag;
        String s1 = "s-" + UUID.randomUUID();
        String s2 = "s-" + UUID.randomUUID();
        String s3 = "s-" + UUID.randomUUID();
        String kept = "p-" + UUID.randomUUID();
        String dropped = "p-" + UUID.randomUUID();

        List<Published> projects = List.of(
                new Published(dropped, 1, project(dropped)),
                new Published(
                        dropped,
                        2,
                        new ProjectPhaseChanged(
                                dropped, ProjectPhase.IDEA, ProjectPhase.CANCELLED, "steering", "kein Träger", false)));
        List<Published> studies = new ArrayList<>();
        studies.add(new Published(
                s1, 1, new StudyRegistered(s1, "Wasserstoff Südharz", StudyKind.FEASIBILITY_ANALYSIS, energy)));
        for (int i = 1; i <= 4; i++) {
            studies.add(new Published(s1, 1 + i, new RecommendationAdded(s1, "R-" + i, "Empfehlung " + i, "steering")));
        }
        studies.add(new Published(s1, 6, new RecommendationAdopted(s1, "R-1", kept, "steering")));
        studies.add(new Published(s1, 7, new RecommendationAdopted(s1, "R-2", dropped, "steering")));
        studies.add(new Published(s1, 8, new RecommendationRealised(s1, "R-1", List.of(kept), "steering")));
        studies.add(new Published(s1, 9, new RecommendationRejected(s1, "R-3", "nicht finanzierbar", "steering")));
        studies.add(new Published(
                s2, 1, new StudyRegistered(s2, "Tourismus Stolberg", StudyKind.NEEDS_ASSESSMENT, tourism)));
        studies.add(new Published(s2, 2, new RecommendationAdded(s2, "R-1", "Gästekarte", "steering")));
        studies.add(new Published(s2, 3, new RecommendationAdopted(s2, "R-1", kept, "steering")));
        studies.add(
                new Published(s3, 1, new StudyRegistered(s3, "zurückgezogen", StudyKind.NEEDS_ASSESSMENT, tourism)));
        studies.add(new Published(s3, 2, new RecommendationAdded(s3, "R-1", "x", "steering")));
        studies.add(new Published(s3, 3, new StudyWithdrawn(s3, "doppelt", "steering")));

        TopicProbe topic = new TopicProbe(brokers);
        projects.forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));
        studies.forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));
        studies.subList(3, 9).forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));

        Map<String, Map<String, Object>> expected = fold(studies, projects);
        ApiClient api = ApiClient.onPort(port);
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
            JsonNode view = api.get("/api/reporting/studies", TestTokens.forRole("auditor"))
                    .json();
            Map<String, Map<String, Object>> actual = new TreeMap<>();
            view.get("byField").forEach(field -> {
                if (field.get("key").asString().endsWith(tag)) {
                    actual.put(field.get("key").asString(), realisation(field));
                }
            });
            assertThat(actual).isEqualTo(expected);
        });
        assertThat(expected.get(energy)).containsEntry("open", 2).containsEntry("rate", new BigDecimal("0.3333"));
    }

    /** Study by study, the last event of each wins; an adoption whose projects were all cancelled is open again. */
    private static Map<String, Map<String, Object>> fold(List<Published> studies, List<Published> projects) {
        Set<String> cancelled = new HashSet<>();
        for (Published p : projects) {
            if (p.event() instanceof ProjectPhaseChanged c && c.to() == ProjectPhase.CANCELLED) {
                cancelled.add(c.projectId());
            }
        }
        Map<String, String> fields = new HashMap<>();
        Set<String> withdrawn = new HashSet<>();
        Map<String, Map<String, String>> status = new LinkedHashMap<>();
        Map<String, Set<String>> carriers = new HashMap<>();
        for (Published p : studies) {
            if (p.event() instanceof StudyRegistered e) {
                fields.put(e.studyId(), e.field());
            } else if (p.event() instanceof StudyWithdrawn e) {
                withdrawn.add(e.studyId());
            } else if (p.event() instanceof RecommendationAdded e) {
                status.computeIfAbsent(e.studyId(), k -> new LinkedHashMap<>()).put(e.recommendationId(), "OPEN");
            } else if (p.event() instanceof RecommendationAdopted e) {
                status.get(e.studyId()).put(e.recommendationId(), "ADOPTED");
                carriers.computeIfAbsent(e.studyId() + e.recommendationId(), k -> new HashSet<>())
                        .add(e.projectId());
            } else if (p.event() instanceof RecommendationRejected e) {
                status.get(e.studyId()).put(e.recommendationId(), "REJECTED");
            } else if (p.event() instanceof RecommendationRealised e) {
                status.get(e.studyId()).put(e.recommendationId(), "REALISED");
            }
        }
        Map<String, int[]> counts = new TreeMap<>(); // studies, open, adopted, realised, rejected
        status.forEach((study, recommendations) -> {
            if (withdrawn.contains(study)) {
                return;
            }
            int[] c = counts.computeIfAbsent(fields.get(study), k -> new int[5]);
            c[0]++;
            recommendations.forEach((id, s) -> {
                if ("ADOPTED".equals(s) && cancelled.containsAll(carriers.get(study + id))) {
                    s = "OPEN";
                }
                c[List.of("OPEN", "ADOPTED", "REALISED", "REJECTED").indexOf(s) + 1]++;
            });
        });
        Map<String, Map<String, Object>> expected = new TreeMap<>();
        counts.forEach((field, c) -> {
            Map<String, Object> row = new TreeMap<>();
            row.put("studies", c[0]);
            row.put("open", c[1]);
            row.put("adopted", c[2]);
            row.put("realised", c[3]);
            row.put("rejected", c[4]);
            int relevant = c[1] + c[2] + c[3];
            row.put(
                    "rate",
                    relevant == 0
                            ? "-"
                            : BigDecimal.valueOf(c[3]).divide(BigDecimal.valueOf(relevant), 4, RoundingMode.HALF_UP));
            expected.put(field, row);
        });
        return expected;
    }

    private static Map<String, Object> realisation(JsonNode field) {
        Map<String, Object> row = new TreeMap<>();
        List.of("studies", "open", "adopted", "realised", "rejected")
                .forEach(k -> row.put(k, field.get(k).asInt()));
        row.put(
                "rate",
                field.get("rate").isNull()
                        ? "-"
                        : field.get("rate").decimalValue().setScale(4));
        return row;
    }

    private static ProjectRegistered project(String id) {
        return new ProjectRegistered(
                id,
                "E-" + id.substring(2, 6),
                "Elektrolyseur",
                "energie",
                List.of("Sangerhausen"),
                ProjectPhase.IDEA,
                null,
                List.of());
    }
}
