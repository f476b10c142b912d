package de.msh.reporting.masterplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.DomainEvent;
import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.ProjectIndicatorReported;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Masterplan progress from project events through the real broker: an indicator added to the catalogue, projects
 * planning and reporting on it (with redeliveries and a correction), and the figures the API gives checked against
 * the same events worked out here by hand: the sums, the series, and the rates of the forecast.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgressIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    record Published(String subject, long sequence, DomainEvent event) {}

    @Test
    void theProgressOfAnIndicatorIsWhatItsProjectsReportedAndItsForecastFollowsTheMethod() {
        String key = "test-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient api = ApiClient.onPort(port);
        int seen = api.get("/api/reporting/masterplan/catalogue", TestTokens.forRole("admin"))
                .json()
                .get("version")
                .asInt();
        var added = api.post(
                "/api/reporting/masterplan/catalogue/versions", TestTokens.forRole("admin"), """
                {"basedOnVersion":%d,"reason":"Testindikator","upsert":[{"key":"%s","field":"testfeld",
                 "name":"Ladepunkte","unit":"Stück","direction":"HIGHER_IS_BETTER","aggregation":"SUM",
                 "baselineYear":2021,"baselineValue":100,"targets":{"2026":150,"2038":400}}]}""".formatted(seen, key));
        assertThat(added.status()).as(added.body()).isEqualTo(201);

        String p1 = "p-" + UUID.randomUUID();
        String p2 = "p-" + UUID.randomUUID();
        List<Published> events = new ArrayList<>();
        events.add(new Published(p1, 1, registered(p1, ProjectPhase.APPROVED, key, "30")));
        events.add(new Published(p2, 1, registered(p2, ProjectPhase.IDEA, key, "50")));
        events.add(new Published(
                p2,
                2,
                new ProjectPhaseChanged(
                        p2, ProjectPhase.IDEA, ProjectPhase.IMPLEMENTATION, "steering", "Start", true)));
        events.add(new Published(p1, 2, reported(p1, key, "20", "2023-12-31")));
        events.add(new Published(p1, 3, reported(p1, key, "36", "2024-12-31")));
        events.add(new Published(p2, 3, reported(p2, key, "10", "2024-06-30")));
        // corrected: the same day reported again supersedes the first report
        events.add(new Published(p1, 4, reported(p1, key, "35", "2024-12-31")));
        TopicProbe topic = new TopicProbe(brokers);
        events.forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));
        events.subList(0, 4).forEach(e -> topic.publish(e.subject(), e.sequence(), e.event()));

        // by hand: 100 + 35 + 10 = 145 at the end of 2024, three years after the baseline; 150 wanted by 2026
        double observed = Math.pow(145.0 / 100.0, 1.0 / 3) - 1;
        double required = Math.pow(150.0 / 100.0, 1.0 / 5) - 1;
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
            JsonNode indicator = api.get(
                            "/api/reporting/masterplan/progress?field=testfeld", TestTokens.forRole("manager"))
                    .json()
                    .get("fields")
                    .get(0)
                    .get("indicators")
                    .valueStream()
                    .filter(i -> key.equals(i.get("key").asString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(indicator.get("value").decimalValue()).isEqualByComparingTo("145");
            assertThat(indicator.get("achieved").decimalValue()).isEqualByComparingTo("45");
            assertThat(indicator.get("planned").decimalValue()).isEqualByComparingTo("80");
            assertThat(indicator
                            .get("series")
                            .valueStream()
                            .map(p -> p.get("on").asString() + "="
                                    + p.get("value")
                                            .decimalValue()
                                            .stripTrailingZeros()
                                            .toPlainString()))
                    .containsExactly("2021-12-31=100", "2023-12-31=120", "2024-06-30=130", "2024-12-31=145");
            JsonNode forecast = indicator.get("forecast");
            assertThat(forecast.get("rateBasis").asString()).isEqualTo("CAGR");
            assertThat(forecast.get("targetYear").asInt()).isEqualTo(2026);
            assertThat(forecast.get("observedRate").decimalValue()).isEqualByComparingTo(round(observed, 6));
            assertThat(forecast.get("requiredRate").decimalValue()).isEqualByComparingTo(round(required, 6));
            assertThat(forecast.get("ratio").decimalValue()).isEqualByComparingTo(round(observed / required, 4));
            assertThat(forecast.get("assessment").asString()).isEqualTo("ON_TRACK");
            assertThat(forecast.get("method").asString()).contains("Eurostat");
            assertThat(forecast.get("dataPoints").asInt()).isEqualTo(4);
        });
    }

    private static BigDecimal round(double value, int scale) {
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static ProjectRegistered registered(String id, ProjectPhase phase, String key, String planned) {
        return new ProjectRegistered(
                id,
                "T-" + id.substring(2, 6),
                "Ladepunkte " + id,
                "testfeld",
                List.of("Sangerhausen"),
                phase,
                null,
                List.of(new PlannedContribution(key, "Stück", new BigDecimal(planned))));
    }

    private static ProjectIndicatorReported reported(String id, String key, String value, String day) {
        return new ProjectIndicatorReported(
                id, key, "Stück", new BigDecimal(value), LocalDate.parse(day), "Abnahmeprotokoll", "steering");
    }
}
