package de.msh.funding;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A client that retries a money-changing POST with its Idempotency-Key never pays twice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyKeyIntegrationTests {

    private static final String RECEIPT = """
            {"callId":"C-1","amount":%s,"receivedOn":"2025-07-10"}""";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndChangesNothing() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        String grant = FundingScenes.approvedGrantWithCall(api, new TopicProbe(brokers), "IDEM-" + tag());
        String receipts = "/api/funding/grants/" + grant + "/receipts";
        String key = UUID.randomUUID().toString();

        var first = api.postKeyed(receipts, finance, key, RECEIPT.formatted("1000.00"));
        var retry = api.postKeyed(receipts, finance, key, RECEIPT.formatted("1000.00"));
        var otherBody = api.postKeyed(receipts, finance, key, RECEIPT.formatted("2000.00"));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(otherBody.json().get("type").asString()).endsWith("/idempotency-key-reused");
        assertThat(FundingScenes.received(api, List.of(grant))).isEqualByComparingTo("1000.00");
    }

    @Test
    void withoutAKeyTwoEqualRequestsAreTwoRequests() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        String grant = FundingScenes.approvedGrantWithCall(api, new TopicProbe(brokers), "PLAIN-" + tag());
        String receipts = "/api/funding/grants/" + grant + "/receipts";

        api.post(receipts, finance, RECEIPT.formatted("1000.00"));
        api.post(receipts, finance, RECEIPT.formatted("1000.00"));

        assertThat(FundingScenes.received(api, List.of(grant))).isEqualByComparingTo("2000.00");
    }

    @Test
    void tenEqualKeyedRequestsAtOnceChangeItOnce() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        String grant = FundingScenes.approvedGrantWithCall(api, new TopicProbe(brokers), "BURST-" + tag());
        String receipts = "/api/funding/grants/" + grant + "/receipts";
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return api.postKeyed(receipts, finance, key, RECEIPT.formatted("1000.00"));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get().status());
        }
        pool.shutdown();

        // each either ran, got the first answer, or was told the first still runs
        assertThat(statuses).allMatch(s -> s == 200 || s == 409).contains(200);
        assertThat(FundingScenes.received(api, List.of(grant))).isEqualByComparingTo("1000.00");
    }

    @Test
    void aRequestWhoseProcessDiedAfterTheChangeIsTakenOverWithoutASecondChange() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        String grant = FundingScenes.approvedGrantWithCall(api, new TopicProbe(brokers), "DIED-" + tag());
        String receipts = "/api/funding/grants/" + grant + "/receipts";
        String key = UUID.randomUUID().toString();
        assertThat(api.postKeyed(receipts, finance, key, RECEIPT.formatted("1000.00"))
                        .status())
                .isEqualTo(200);
        // as if the process had died after saving the grant and before keeping the answer, ten minutes ago
        mongo.getCollection("idempotency_requests")
                .updateOne(
                        new Document("_id", "finance\n" + key),
                        new Document("$unset", new Document("answer", ""))
                                .append(
                                        "$set",
                                        new Document(
                                                "startedAt",
                                                Date.from(Instant.now().minusSeconds(600)))));

        var retry = api.postKeyed(receipts, finance, key, RECEIPT.formatted("1000.00"));

        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(FundingScenes.received(api, List.of(grant))).isEqualByComparingTo("1000.00");
    }

    @Test
    void describesTheHeaderOnEveryMoneyChangingPost() {
        var docs = ApiClient.onPort(port).get("/v3/api-docs", null).json();

        for (String path : List.of(
                "/api/funding/grants/{id}/calls",
                "/api/funding/grants/{id}/receipts",
                "/api/funding/grants/{id}/disbursements",
                "/api/funding/grants/{id}/reclaims",
                "/api/funding/grants/{id}/reclaims/{reclaimId}/repayment",
                "/api/funding/statements/{id}/bookings/{position}/resolution")) {
            assertThat(docs.get("paths")
                            .get(path)
                            .get("post")
                            .get("parameters")
                            .valueStream()
                            .map(p -> p.get("name").asString()))
                    .as(path)
                    .contains("Idempotency-Key");
        }
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
