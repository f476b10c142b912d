package de.msh.funding;

import static de.msh.funding.StatementIntegrationTests.XML;
import static de.msh.funding.StatementIntegrationTests.camt;
import static de.msh.funding.StatementIntegrationTests.entry;
import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.EventContext;
import de.msh.funding.statement.domain.Settlement;
import de.msh.funding.statement.domain.Settlements;
import de.msh.funding.statement.format.Direction;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * One euro on the bank is counted once, whatever people press at the same moment: through the HTTP API on the real
 * store and broker, the money of a booking lands on exactly one grant, with one {@code PaymentReceived}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BookingSettledOnceIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    Settlements settlements;

    @Test
    void twentyPeopleResolvingOneBookingToDifferentGrantsSettleItOnce() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> grants = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            grants.add(FundingScenes.approvedGrantWithCall(api, probe, "RACE-" + tag + "-" + g));
        }
        var imported = api.post(
                "/api/funding/statements",
                finance,
                XML,
                camt("RS-" + tag, List.of(entry("RR-" + tag, "5000.00", "CRDT", "2025-07-10", "Zahlung ohne Az."))));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String resolution =
                "/api/funding/statements/" + imported.json().get(0).get("id").asString() + "/bookings/1/resolution";

        List<ApiClient.Response> answers =
                race(20, i -> api.post(resolution, finance, """
                {"action":"ASSIGNED","reason":"Zuordnung %d","parts":[{"grantId":"%s","target":"C-1","amount":5000.00}]}""".formatted(i, grants.get(i % 3))));
        List<Integer> statuses =
                answers.stream().map(ApiClient.Response::status).toList();

        assertThat(statuses).as(answers.toString()).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).as(answers.toString()).filteredOn(s -> s == 409).hasSize(19);
        assertThat(FundingScenes.received(api, grants)).isEqualByComparingTo("5000.00");
        assertThat(paymentsReceived(api, probe, grants)).isEqualTo(1);
        var again = api.post(resolution, finance, """
                {"action":"ASSIGNED","reason":"Zuordnung 99","parts":[{"grantId":"%s","target":"C-1","amount":5000.00}]}""".formatted(grants.get(0)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("ist bereits zugeordnet", "5.000,00");
    }

    @Test
    void aSettlementCutShortAfterItsClaimIsCompletedByTheNextAttempt() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = FundingScenes.approvedGrantWithCall(api, probe, "CUT-" + tag);
        String second = FundingScenes.approvedGrantWithCall(api, probe, "NEXT-" + tag);
        String statement = importOpenBooking(api, "CS-" + tag, "CR-" + tag);
        // a minute ago, the process died right after claiming the booking for the first grant, before touching it
        settlements.claim(claim(statement, "CR-" + tag, first, "C-1"));

        var next = api.post(resolutionOf(statement), finance, assignment(second, "C-1", "anderer Bearbeiter"));

        assertThat(next.status()).isEqualTo(409);
        assertThat(next.json().get("detail").asString()).contains(first, "ist bereits zugeordnet");
        assertThat(FundingScenes.received(api, List.of(first))).isEqualByComparingTo("5000.00");
        assertThat(FundingScenes.received(api, List.of(second))).isEqualByComparingTo("0");
        JsonNode booking = api.get("/api/funding/statements/" + statement, finance)
                .json()
                .get("bookings")
                .get(0);
        assertThat(booking.get("resolution").get("reason").asString()).isEqualTo("vor dem Absturz");
        assertThat(settlements
                        .find(Settlement.idOf(StatementIntegrationTests.ACCOUNT, "CR-" + tag, statement + "/1"))
                        .orElseThrow()
                        .settledAt())
                .isNotNull();
    }

    @Test
    void aClaimItsGrantRefusesIsUndoneAndTheBookingIsFreeAgain() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String grant = FundingScenes.approvedGrantWithCall(api, probe, "UNDO-" + tag);
        String statement = importOpenBooking(api, "US-" + tag, "UR-" + tag);
        // claimed for a call the grant does not have; the process died before the grant could refuse it
        settlements.claim(claim(statement, "UR-" + tag, grant, "C-9"));

        var next = api.post(resolutionOf(statement), finance, assignment(grant, "C-1", "richtiger Abruf"));

        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(FundingScenes.received(api, List.of(grant))).isEqualByComparingTo("5000.00");
    }

    private Settlement claim(String statement, String reference, String grant, String call) {
        return new Settlement(
                Settlement.idOf(StatementIntegrationTests.ACCOUNT, reference, statement + "/1"),
                statement + "/1",
                statement,
                1,
                Direction.CREDIT,
                LocalDate.of(2025, 7, 10),
                LocalDate.of(2025, 7, 10),
                "ASSIGNED",
                List.of(new Settlement.Part(grant, call, new BigDecimal("5000.00"), Settlement.Part.Kind.RECEIVE)),
                "vor dem Absturz",
                "finance",
                Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS),
                null);
    }

    /** Imports a statement with one open booking of 5,000.00 EUR (no file number in it); returns its id. */
    private static String importOpenBooking(ApiClient api, String statementId, String reference) {
        var imported = api.post(
                "/api/funding/statements",
                TestTokens.forRole("finance"),
                XML,
                camt(statementId, List.of(entry(reference, "5000.00", "CRDT", "2025-07-10", "Zahlung ohne Az."))));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        return imported.json().get(0).get("id").asString();
    }

    private static String resolutionOf(String statement) {
        return "/api/funding/statements/" + statement + "/bookings/1/resolution";
    }

    private static String assignment(String grant, String call, String reason) {
        return """
                {"action":"ASSIGNED","reason":"%s","parts":[{"grantId":"%s","target":"%s","amount":5000.00}]}""".formatted(reason, grant, call);
    }

    @Test
    void aResolutionSentAgainAnswersAsTheFirstTime() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String grant = FundingScenes.approvedGrantWithCall(api, probe, "RETRY-" + tag);
        var imported = api.post(
                "/api/funding/statements",
                finance,
                XML,
                camt("RT-" + tag, List.of(entry("RT-" + tag, "5000.00", "CRDT", "2025-07-10", "Zahlung ohne Az."))));
        String resolution =
                "/api/funding/statements/" + imported.json().get(0).get("id").asString() + "/bookings/1/resolution";
        String body = """
                {"action":"ASSIGNED","reason":"laut IB","parts":[{"grantId":"%s","target":"C-1","amount":5000.00}]}""".formatted(grant);

        var first = api.post(resolution, finance, body);
        var retry = api.post(resolution, finance, body);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(FundingScenes.received(api, List.of(grant))).isEqualByComparingTo("5000.00");
    }

    @Test
    void fiveImportsOfOneFileAtOnceImportItAndPayItOnce() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = "TWICE-" + tag;
        String grant = FundingScenes.approvedGrantWithCall(api, probe, file);
        String statement =
                camt("TW-" + tag, List.of(entry("TW-" + tag, "5000.00", "CRDT", "2025-07-10", "Mittelabruf " + file)));

        List<ApiClient.Response> answers = race(5, i -> api.post("/api/funding/statements", finance, XML, statement));
        List<Integer> statuses =
                answers.stream().map(ApiClient.Response::status).toList();

        assertThat(statuses).as(answers.toString()).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).as(answers.toString()).filteredOn(s -> s == 200).hasSize(4);
        assertThat(FundingScenes.received(api, List.of(grant))).isEqualByComparingTo("5000.00");
        assertThat(paymentsReceived(api, probe, List.of(grant))).isEqualTo(1);
    }

    @Test
    void aResolutionAndTheMatchingOfTwoOtherStatementsShowingTheSameBankBookingSettleItOnce() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String byHand = FundingScenes.approvedGrantWithCall(api, probe, "HAND-" + tag);
        String matched = FundingScenes.approvedGrantWithCall(api, probe, "AUTO-" + tag);
        // the day's statement shows the booking without a file number; the week's and the month's with one
        var daily = api.post(
                "/api/funding/statements",
                finance,
                XML,
                camt("D-" + tag, List.of(entry("SAME-" + tag, "5000.00", "CRDT", "2025-07-10", "Zahlung"))));
        String resolution =
                "/api/funding/statements/" + daily.json().get(0).get("id").asString() + "/bookings/1/resolution";
        String named = "Zahlung AUTO-" + tag;

        List<Integer> statuses = race(3, i -> switch (i) {
            case 0 -> api.post(resolution, finance, """
                            {"action":"ASSIGNED","reason":"laut IB","parts":[{"grantId":"%s","target":"C-1","amount":5000.00}]}""".formatted(byHand)).status();
            default ->
                api.post(
                                "/api/funding/statements",
                                finance,
                                XML,
                                camt(
                                        (i == 1 ? "W-" : "M-") + tag,
                                        List.of(entry("SAME-" + tag, "5000.00", "CRDT", "2025-07-10", named))))
                        .status();
        });

        assertThat(statuses).allMatch(s -> s == 200 || s == 201 || s == 409);
        assertThat(FundingScenes.received(api, List.of(byHand, matched))).isEqualByComparingTo("5000.00");
        assertThat(paymentsReceived(api, probe, List.of(byHand, matched))).isEqualTo(1);
    }

    @Test
    void twoStatementsShowingTheSameBankBookingImportedAtOnceCountItOnce() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = "BOTH-" + tag;
        String grant = FundingScenes.approvedGrantWithCall(api, probe, file);

        List<Integer> statuses = race(
                2,
                i -> api.post(
                                "/api/funding/statements",
                                finance,
                                XML,
                                camt(
                                        (i == 0 ? "W-" : "M-") + tag,
                                        List.of(entry("ONE-" + tag, "5000.00", "CRDT", "2025-07-10", "Abruf " + file))))
                        .status());

        assertThat(statuses).containsExactly(201, 201);
        assertThat(FundingScenes.received(api, List.of(grant))).isEqualByComparingTo("5000.00");
        assertThat(paymentsReceived(api, probe, List.of(grant))).isEqualTo(1);
    }

    /** Runs the calls at once (released together) and returns what each answered, in call order. */
    private static <T> List<T> race(int count, IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                answers.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The {@code PaymentReceived} events of the grants, counted up to a second call recorded on each afterwards: a
     * grant's events reach the topic in the order they happened, so nothing of the race can come after it.
     */
    private static long paymentsReceived(ApiClient api, TopicProbe probe, List<String> grants) {
        String finance = TestTokens.forRole("finance");
        for (String grant : grants) {
            api.post("/api/funding/grants/" + grant + "/calls", finance, """
                    {"trancheYear":2025,"amount":1.00,"calledOn":"2025-08-01"}""");
        }
        Set<String> fenced = new HashSet<>();
        var seen = probe.awaitRecords(
                EventContext.FUNDING.topic(),
                r -> {
                    if (grants.contains(r.key()) && type(r).endsWith(".FundsCalled.v1")) {
                        // each grant's second call is its fence; its first came before the race
                        String key = r.key() + "#" + callCount(fenced, r.key());
                        fenced.add(key);
                    }
                    return grants.stream().allMatch(g -> fenced.contains(g + "#2"));
                },
                FundingScenes.WAIT);
        return seen.stream()
                .filter(r -> grants.contains(r.key()) && type(r).endsWith(".PaymentReceived.v1"))
                .count();
    }

    private static int callCount(Set<String> fenced, String grant) {
        return fenced.contains(grant + "#1") ? 2 : 1;
    }

    private static String type(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        return TopicProbe.header(record, de.msh.events.CloudEventAttributes.TYPE);
    }
}
