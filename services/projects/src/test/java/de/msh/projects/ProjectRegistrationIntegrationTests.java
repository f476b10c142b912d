package de.msh.projects;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Registration through the real servlet container, store and broker: what is accepted is published, once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectRegistrationIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String TOPIC = EventContext.PROJECTS.topic();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    ApiClient api;
    ApiClient management;
    TopicProbe probe;

    @BeforeEach
    void connect() {
        api = ApiClient.onPort(port);
        management = ApiClient.onPort(managementPort);
        probe = new TopicProbe(brokers);
    }

    @Test
    void publishesProjectRegisteredForARegistrationByTheSteeringOffice() {
        String code = uniqueCode();

        var response = api.post("/api/projects", TestTokens.forRole("steering"), """
                {"code":"%s","title":"Kupferspuren Radweg","strategicField":"tourismus",
                 "municipalities":["Lutherstadt Eisleben"]}""".formatted(code));

        assertThat(response.status()).isEqualTo(201);
        String id = response.json().get("id").asString();
        ConsumerRecord<String, byte[]> record = probe.awaitRecord(TOPIC, r -> id.equals(r.key()), WAIT);
        assertThat(TopicProbe.header(record, CloudEventAttributes.TYPE)).isEqualTo("msh.projects.ProjectRegistered.v1");
        assertThat(TopicProbe.header(record, CloudEventAttributes.SEQUENCE)).isEqualTo("1");
        assertThat(EventCodec.standard().fromJson("msh.projects.ProjectRegistered.v1", record.value()))
                .contains(new ProjectRegistered(
                        id,
                        code,
                        "Kupferspuren Radweg",
                        "tourismus",
                        List.of("Lutherstadt Eisleben"),
                        ProjectPhase.IDEA,
                        null,
                        List.of()));
        assertThat(api.get("/api/projects?size=200", TestTokens.forRole("auditor"))
                        .body())
                .contains(code);
    }

    @Test
    void refusesAManagersRegistrationWith403ProblemAndStoresNothing() {
        long before = mongo.getCollection("projects").countDocuments();

        var response = api.post(
                "/api/projects",
                TestTokens.forRole("manager"),
                "{\"code\":\"%s\",\"title\":\"x\"}".formatted(uniqueCode()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("type").asString()).isEqualTo("https://problems.msh.example/forbidden");
        assertThat(mongo.getCollection("projects").countDocuments()).isEqualTo(before);
    }

    @Test
    void refusesAnInvalidBodyWith400ProblemAndNeitherStoresNorPublishesIt() {
        long before = mongo.getCollection("projects").countDocuments();
        String invalidTitle = "Ungültig " + uniqueCode();

        var response = api.post("/api/projects", TestTokens.forRole("steering"), """
                {"code":"not valid","title":"%s"}""".formatted(invalidTitle));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(mongo.getCollection("projects").countDocuments()).isEqualTo(before);
        String marker = registerMarker();
        assertThat(probe.awaitRecords(TOPIC, r -> marker.equals(r.key()), WAIT))
                .noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(invalidTitle));
    }

    @Test
    void refusesASecondProjectWithTheSameCodeWith409Problem() {
        String code = uniqueCode();
        String body = "{\"code\":\"%s\",\"title\":\"Green Power MSH₂\"}".formatted(code);
        assertThat(api.post("/api/projects", TestTokens.forRole("steering"), body)
                        .status())
                .isEqualTo(201);

        var second = api.post("/api/projects", TestTokens.forRole("admin"), body);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("type").asString()).isEqualTo("https://problems.msh.example/duplicate");
    }

    @Test
    void answersUnknownPathsAndMissingTokensWithProblems() {
        var unknown = api.get("/api/nowhere", TestTokens.forRole("auditor"));
        var anonymous = api.get("/api/projects", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(anonymous.json().get("type").asString()).isEqualTo("https://problems.msh.example/unauthenticated");
    }

    @Test
    void reportsItselfReadyWithoutATokenAndKeepsTheActuatorOffTheServicePort() {
        var ready = api.get("/readyz", null);

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("status").asString()).isEqualTo("UP");
        String staff = TestTokens.forRole("auditor");
        assertThat(api.get("/actuator/metrics", staff).status()).isEqualTo(404);
        assertThat(management.get("/actuator/metrics", staff).status()).isEqualTo(200);
        assertThat(management.get("/actuator/metrics", null).status()).isEqualTo(401);
        assertThat(management.get("/actuator/health", null).status()).isEqualTo(200);
    }

    private String registerMarker() {
        var response = api.post(
                "/api/projects",
                TestTokens.forRole("steering"),
                "{\"code\":\"%s\",\"title\":\"Marker\"}".formatted(uniqueCode()));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static String uniqueCode() {
        return "T-"
                + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
                        .toUpperCase();
    }
}
