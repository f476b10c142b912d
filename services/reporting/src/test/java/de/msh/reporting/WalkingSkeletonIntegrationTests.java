package de.msh.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.platform.inbox.ConsumerMetrics;
import de.msh.projects.ProjectsApplication;
import de.msh.reporting.space.ReadModelSpace;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestInfrastructureCustomizerFactory;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton end to end: the projects service and this one run side by side on the shared broker and
 * store. A project registered over HTTP reaches reporting only through Kafka; refused writes reach nothing; a
 * redelivered event is not counted twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WalkingSkeletonIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(45);
    static final String REGISTERED = "msh.projects.ProjectRegistered.v1";

    static ConfigurableApplicationContext projectsService;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    ConsumerMetrics consumed;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReadModelSpace space;

    @BeforeAll
    static void startProjectsService() {
        String[] args = TestInfrastructureCustomizerFactory.asArguments();
        String[] withPort = java.util.Arrays.copyOf(args, args.length + 1);
        withPort[args.length] = "--server.port=0";
        projectsService = new SpringApplicationBuilder(ProjectsApplication.class).run(withPort);
    }

    @AfterAll
    static void stopProjectsService() {
        projectsService.close();
    }

    @Test
    void aRegisteredProjectIsCountedOnceInTheReportingPortfolio() {
        ApiClient projects = ApiClient.onPort(
                Integer.parseInt(projectsService.getEnvironment().getProperty("local.server.port")));
        ApiClient reporting = ApiClient.onPort(port);
        String auditor = TestTokens.forRole("auditor");
        long conceptsBefore = concepts(
                reporting.get("/api/reporting/portfolio/phases", auditor).json());

        var registered = projects.post("/api/projects", TestTokens.forRole("steering"), """
                {"code":"SK-001","title":"InnovationsHub FOKUS HOLZ + KLIMA","strategicField":"wertschoepfung",
                 "phase":"CONCEPT"}""");
        var refused = projects.post("/api/projects", TestTokens.forRole("manager"), """
                {"code":"SK-002","title":"Nicht erlaubt","phase":"CONCEPT"}""");
        var invalid = projects.post("/api/projects", TestTokens.forRole("steering"), """
                {"code":"SK-003","title":"","phase":"CONCEPT"}""");

        assertThat(registered.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.isProblem()).isTrue();
        await().atMost(WAIT)
                .until(() -> concepts(reporting
                                .get("/api/reporting/portfolio/phases", auditor)
                                .json())
                        == conceptsBefore + 1);

        String projectId = registered.json().get("id").asString();
        ConsumerRecord<String, byte[]> event = new TopicProbe(brokers)
                .awaitRecord(EventContext.PROJECTS.topic(), r -> projectId.equals(r.key()), WAIT);
        double duplicatesBefore = consumed.count(REGISTERED, ConsumerMetrics.DUPLICATE);
        new TopicProbe(brokers).send(EventContext.PROJECTS.topic(), event.key(), event.value(), event.headers());

        await().atMost(WAIT).until(() -> consumed.count(REGISTERED, ConsumerMetrics.DUPLICATE) > duplicatesBefore);
        JsonNode after =
                reporting.get("/api/reporting/portfolio/phases", auditor).json();
        assertThat(concepts(after)).isEqualTo(conceptsBefore + 1);
        assertThat(TopicProbe.header(event, CloudEventAttributes.SOURCE)).isEqualTo("/services/projects");

        var updated = projects.put(
                "/api/projects/" + projectId,
                TestTokens.forRole("steering"),
                "{\"revision\":1,\"title\":\"InnoHub FOKUS HOLZ + KLIMA\",\"handlingArea\":\"VALUE_CREATION\"}");
        assertThat(updated.status()).isEqualTo(200);
        await().atMost(WAIT)
                .until(() -> "InnoHub FOKUS HOLZ + KLIMA"
                        .equals(mongo.findById(projectId, Document.class, space.collection("portfolio_projects"))
                                .getString("title")));
        var moved = projects.post(
                "/api/projects/" + projectId + "/phase",
                TestTokens.forRole("steering"),
                "{\"to\":\"APPLICATION\",\"revision\":2}");
        assertThat(moved.status()).isEqualTo(200);
        await().atMost(WAIT)
                .until(() -> count(
                                reporting
                                        .get("/api/reporting/portfolio/phases", auditor)
                                        .json(),
                                "CONCEPT")
                        == conceptsBefore);
        assertThat(count(
                        reporting
                                .get("/api/reporting/portfolio/phases", auditor)
                                .json(),
                        "APPLICATION"))
                .isPositive();
    }

    private static long concepts(JsonNode portfolio) {
        return count(portfolio, "CONCEPT");
    }

    private static long count(JsonNode portfolio, String phaseName) {
        for (JsonNode phase : portfolio.get("phases")) {
            if (phaseName.equals(phase.get("phase").asString())) {
                return phase.get("count").asLong();
            }
        }
        throw new AssertionError("No " + phaseName + " in " + portfolio);
    }
}
