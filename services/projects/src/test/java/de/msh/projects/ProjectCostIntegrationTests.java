package de.msh.projects;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import java.math.BigDecimal;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Planned costs through HTTP into the store: Decimal128 to the cent, and the money rules as problems. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectCostIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void storesPlannedCostsAsDecimal128ExactToTheCent() {
        ApiClient api = ApiClient.onPort(port);
        var registered =
                api.post("/api/projects", TestTokens.forRole("steering"), """
                {"code":"CO-%d","title":"Kupferspuren Radweg",
                 "plannedCost":{"total":1250000.10,"yearly":[{"year":2026,"amount":500000.05},
                                                              {"year":2027,"amount":750000.05}]}}""".formatted(System.nanoTime() % 1_000_000));

        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        Document stored = mongo.findById(id, Document.class, "projects");
        Document cost = stored.get("plan", Document.class).get("cost", Document.class);
        assertThat(cost.get("total")).isEqualTo(new Decimal128(new BigDecimal("1250000.10")));
        assertThat(cost.getList("yearly", Document.class).get(1).get("amount"))
                .isEqualTo(new Decimal128(new BigDecimal("750000.05")));
        var read = api.get("/api/projects/" + id, TestTokens.forRole("finance"));
        assertThat(read.body()).contains("\"total\":1250000.10");
    }

    @Test
    void answersASplitThatDoesNotAddUpWith422AndStoresNothing() {
        long before = mongo.getCollection("projects").countDocuments();

        var refused = ApiClient.onPort(port)
                .post("/api/projects", TestTokens.forRole("steering"), """
                {"code":"CO-X%d","title":"Mobilitätsstationen",
                 "plannedCost":{"total":100.00,"yearly":[{"year":2026,"amount":60.00},{"year":2027,"amount":39.99}]}}""".formatted(System.nanoTime() % 1_000_000));
        var fraction = ApiClient.onPort(port).post("/api/projects", TestTokens.forRole("steering"), """
                {"code":"CO-Y1","title":"x","plannedCost":{"total":10.001}}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asString())
                .isEqualTo("https://problems.msh.example/planned-cost-invalid");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("plannedCost.yearly");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.json().get("errors").get(0).get("field").asString()).isEqualTo("plannedCost.total");
        assertThat(mongo.getCollection("projects").countDocuments()).isEqualTo(before);
    }
}
