package de.msh.reporting.masterplan;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Masterplan catalogue through the real store: it starts as the labelled example file, an administrator's edit
 * is a new version with who, when and why, earlier versions stay and answer for dates before the edit, and bad,
 * stale, concurrent or unauthorised edits change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogueIntegrationTests {

    private static final String CATALOGUE = "/api/reporting/masterplan/catalogue";

    @LocalServerPort
    int port;

    @Test
    void startsWithTheExampleFileLabelledAsSuch() {
        JsonNode first = api().get(CATALOGUE + "/versions/1", TestTokens.forRole("auditor"))
                .json();

        assertThat(first.get("source").asString()).contains("Beispielwerte");
        assertThat(first.get("editedBy").asString()).isEqualTo("system");
        assertThat(keys(first)).contains("radwege-km", "co2-emissionen-kt", "arbeitsplaetze-neu");
        JsonNode co2 = indicator(first, "co2-emissionen-kt");
        assertThat(co2.get("direction").asString()).isEqualTo("LOWER_IS_BETTER");
        assertThat(co2.get("aggregation").asString()).isEqualTo("LATEST");
        assertThat(co2.get("targets").get("2038").decimalValue()).isEqualByComparingTo("400");
    }

    @Test
    void anEditIsANewVersionAndTheEarlierOneStillAnswersForEarlierDates() throws InterruptedException {
        JsonNode before = current();
        int seen = before.get("version").asInt();
        Instant beforeEdit = Instant.now();
        Thread.sleep(5);

        var edited = api().post(CATALOGUE + "/versions", TestTokens.forRole("admin"), edit(seen, "solar-mw", "120"));

        assertThat(edited.status()).as(edited.body()).isEqualTo(201);
        JsonNode next = edited.json();
        assertThat(next.get("version").asInt()).isEqualTo(seen + 1);
        assertThat(next.get("editedBy").asString()).isNotBlank().isNotEqualTo("system");
        assertThat(next.get("reason").asString()).isEqualTo("Zielwert nach Kreistagsbeschluss");
        assertThat(keys(next)).contains("solar-mw").containsAll(keys(before));
        assertThat(current().get("version").asInt()).isEqualTo(seen + 1);
        // the version valid before the edit, and the list of all versions
        JsonNode then = api().get(CATALOGUE + "?asOf=" + beforeEdit, TestTokens.forRole("manager"))
                .json();
        assertThat(then.get("version").asInt()).isEqualTo(seen);
        assertThat(keys(then)).doesNotContain("solar-mw");
        JsonNode versions = api().get(CATALOGUE + "/versions", TestTokens.forRole("manager"))
                .json();
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(seen + 1);
        assertThat(versions.size()).isEqualTo(seen + 1);
    }

    @Test
    void badStaleOrUnauthorisedEditsChangeNothing() {
        int seen = current().get("version").asInt();
        String admin = TestTokens.forRole("admin");

        var stale = api().post(CATALOGUE + "/versions", admin, edit(seen == 1 ? 99 : seen - 1, "x-mw", "50"));
        var noFinalTarget = api().post(CATALOGUE + "/versions", admin, """
                {"basedOnVersion":%d,"reason":"r","upsert":[{"key":"x-mw","field":"energie","name":"X","unit":"MW",
                 "direction":"HIGHER_IS_BETTER","aggregation":"SUM","baselineYear":2021,"baselineValue":10,
                 "targets":{"2032":20}}]}""".formatted(seen));
        var wrongWay = api().post(CATALOGUE + "/versions", admin, edit(seen, "x-mw", "5"));
        var badKey = api().post(CATALOGUE + "/versions", admin, edit(seen, "X MW", "50"));
        var removeUnknown = api().post(CATALOGUE + "/versions", admin, """
                {"basedOnVersion":%d,"reason":"r","remove":["gibt-es-nicht"]}""".formatted(seen));
        var manager = api().post(CATALOGUE + "/versions", TestTokens.forRole("manager"), edit(seen, "x-mw", "50"));
        var steering = api().post(CATALOGUE + "/versions", TestTokens.forRole("steering"), edit(seen, "x-mw", "50"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("catalogue-version-stale");
        assertThat(noFinalTarget.status()).isEqualTo(422);
        assertThat(noFinalTarget.body()).contains("upsert[0].targets");
        assertThat(wrongWay.status()).as(wrongWay.body()).isEqualTo(422);
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(removeUnknown.status()).isEqualTo(422);
        assertThat(manager.status()).isEqualTo(403);
        assertThat(steering.status()).isEqualTo(403);
        assertThat(current().get("version").asInt()).isEqualTo(seen);
        assertThat(api().get(CATALOGUE + "/versions/999", admin).status()).isEqualTo(404);
    }

    @Test
    void ofTwoEditsOfTheSameVersionOneWins() throws Exception {
        int seen = current().get("version").asInt();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String key = "gleichzeitig-" + i;
                edits.add(() -> api().post(CATALOGUE + "/versions", TestTokens.forRole("admin"), edit(seen, key, "70"))
                        .status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(edits)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(current().get("version").asInt()).isEqualTo(seen + 1);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private JsonNode current() {
        return api().get(CATALOGUE, TestTokens.forRole("manager")).json();
    }

    private static String edit(int basedOn, String key, String target) {
        return """
                {"basedOnVersion":%d,"reason":"Zielwert nach Kreistagsbeschluss",
                 "upsert":[{"key":"%s","field":"energie","name":"Solarleistung auf Kreisliegenschaften","unit":"MW",
                 "direction":"HIGHER_IS_BETTER","aggregation":"SUM","baselineYear":2021,"baselineValue":10,
                 "targets":{"2026":30,"2032":60,"2038":%s}}]}""".formatted(basedOn, key, target);
    }

    private static List<String> keys(JsonNode version) {
        return version.get("indicators")
                .valueStream()
                .map(i -> i.get("key").asString())
                .toList();
    }

    private static JsonNode indicator(JsonNode version, String key) {
        return version.get("indicators")
                .valueStream()
                .filter(i -> key.equals(i.get("key").asString()))
                .findFirst()
                .orElseThrow();
    }
}
