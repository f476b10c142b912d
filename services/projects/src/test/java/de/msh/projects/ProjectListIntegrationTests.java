package de.msh.projects;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The portfolio list's filters against the real store, and the API description. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectListIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void filtersByPhaseMunicipalityAndQuotedText() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String tag = "L" + (System.nanoTime() % 1_000_000);
        api.post("/api/projects", steering, """
                {"code":"%s-1","title":"Kupferspuren (Radweg) %s","phase":"CONCEPT","municipalities":["Hettstedt"]}""".formatted(tag, tag));
        api.post("/api/projects", steering, """
                {"code":"%s-2","title":"Mobilitätsstationen %s","phase":"IDEA","municipalities":["Hettstedt"]}""".formatted(tag, tag));

        assertThat(codes(api.get("/api/projects?q=" + tag + "&sort=-code", steering)
                        .json()))
                .containsExactly(tag + "-2", tag + "-1");
        assertThat(codes(api.get("/api/projects?q=" + tag + "&phase=CONCEPT", steering)
                        .json()))
                .containsExactly(tag + "-1");
        assertThat(codes(
                        api.get("/api/projects?q=(RADWEG)%20" + tag.toLowerCase() + "&municipality=Hettstedt", steering)
                                .json()))
                .containsExactly(tag + "-1");
        assertThat(codes(api.get("/api/projects?q=.*", steering).json()))
                .as("user text is literal, never a pattern")
                .isEmpty();
    }

    @Test
    void servesItsApiDescriptionWithoutAToken() {
        var docs = ApiClient.onPort(port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/projects/{id}/phase")).isTrue();
    }

    @Test
    void aPageCountsEveryMatchNotOnlyItsOwn() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");
        String tag = "T" + (System.nanoTime() % 1_000_000);
        for (int i = 1; i <= 3; i++) {
            api.post("/api/projects", steering, """
                    {"code":"%s-%d","title":"Zählprojekt %s","phase":"IDEA","municipalities":["Arnstein"]}""".formatted(tag, i, tag));
        }

        JsonNode page = api.get("/api/projects?q=" + tag + "&phase=IDEA&sort=-title&size=2", steering)
                .json();

        assertThat(codes(page)).hasSize(2);
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }
}
