package de.msh.funding;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.funding.programme.application.Envelopes;
import de.msh.funding.programme.domain.Programme;
import de.msh.funding.programme.domain.Programmes;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grant through the real broker and store: only for a project the projects topic announced, approved within the
 * envelope and published, and an approval the envelope cannot hold refused without committing a cent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GrantIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    Envelopes envelopes;

    @Autowired
    Programmes programmes;

    @Test
    void approvesWithinTheEnvelopeAndRefusesWhatItCannotHold() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String projectId = UUID.randomUUID().toString();
        String big = apply(api, projectId, "IB-1");
        assertThat(api.post("/api/funding/grants", finance, applyBody(projectId, "IB-0"))
                        .status())
                .isEqualTo(422);

        probe.publish(
                projectId,
                1,
                new ProjectRegistered(
                        projectId,
                        "EN-1",
                        "Green Power MSH₂",
                        "energie",
                        List.of(),
                        ProjectPhase.APPLICATION,
                        null,
                        List.of()));
        String grant = ApiClient.eventually(
                        () -> api.post("/api/funding/grants", finance, applyBody(projectId, "IB-2")),
                        r -> r.status() == 201,
                        WAIT)
                .json()
                .get("id")
                .asString();
        String second = api.post("/api/funding/grants", finance, applyBody(projectId, "IB-3"))
                .json()
                .get("id")
                .asString();

        String interrupted = api.post("/api/funding/grants", finance, applyBody(projectId, "IB-5"))
                .json()
                .get("id")
                .asString();

        var approved = api.post("/api/funding/grants/" + grant + "/approval", finance, approval("300000000.00"));
        var tooMuch = api.post("/api/funding/grants/" + second + "/approval", finance, approval("9000000.00"));
        // an approval cut short after its commitment, as by a crash: the euro it holds is not free ...
        envelopes.commit(arm1(), "2020-2026", interrupted, new BigDecimal("1.00"));
        var heldBack = api.post("/api/funding/grants/" + second + "/approval", finance, approval("8900000.00"));
        // ... until that grant is rejected, which takes the commitment back
        var rejected = api.post("/api/funding/grants/" + interrupted + "/rejection", finance, """
                {"reason":"Nicht förderfähig","decidedOn":"2026-03-02"}""");
        var fits = api.post("/api/funding/grants/" + second + "/approval", finance, approval("8900000.00"));

        assertThat(big).isNull();
        assertThat(approved.status()).isEqualTo(200);
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().get("type").asString()).isEqualTo("https://problems.msh.example/envelope-exceeded");
        assertThat(heldBack.status()).isEqualTo(409);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(fits.status()).as(fits.body()).isEqualTo(200);
        assertThat(envelopes.ledger(arm1(), arm1().envelopes().get(0)).remaining())
                .isEqualByComparingTo("0");
        var envelope = api.get("/api/funding/programmes", TestTokens.forRole("manager"))
                .json()
                .get(0)
                .get("envelopes")
                .get(0);
        assertThat(envelope.get("committed").decimalValue()).isEqualByComparingTo("308900000.00");
        assertThat(envelope.get("remaining").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(envelope.get("demo").asBoolean()).isTrue();
        var event = probe.awaitRecord(
                EventContext.FUNDING.topic(),
                r -> grant.equals(r.key()) && "2".equals(TopicProbe.header(r, CloudEventAttributes.SEQUENCE)),
                WAIT);
        assertThat(EventCodec.standard().fromJson(TopicProbe.header(event, CloudEventAttributes.TYPE), event.value()))
                .contains(new GrantApproved(
                        grant,
                        projectId,
                        "invkg-arm1",
                        new BigDecimal("300000000.00"),
                        "EUR",
                        LocalDate.of(2026, 3, 2),
                        "finance",
                        new BigDecimal("0.8"),
                        new BigDecimal("375000000.00"),
                        LocalDate.of(2026, 12, 31)));

        // revoking the big grant (nothing was paid out) gives its whole commitment back to the envelope
        var revoked = api.post("/api/funding/grants/" + grant + "/reclaims", finance, """
                {"amount":0.00,"effectiveFrom":"2026-03-02","decidedOn":"2026-11-02","revoke":true,
                 "reason":"Zuwendungszweck entfallen"}""");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        // a day no rule can compute with is refused where it is read, never a 500
        var farFuture =
                api.get("/api/funding/grants/" + grant + "/reclaims/RF-1/interest?until=%2B999999999-12-31", finance);
        assertThat(farFuture.status()).as(farFuture.body()).isEqualTo(422);
        assertThat(farFuture.json().get("type").asString()).endsWith("/date-out-of-range");
        var farFutureRepaid = api.post("/api/funding/grants/" + grant + "/reclaims/RF-1/repayment", finance, """
                {"paidOn":"+999999999-12-31"}""");
        assertThat(farFutureRepaid.status()).as(farFutureRepaid.body()).isEqualTo(422);
        assertThat(envelopes.ledger(arm1(), arm1().envelopes().get(0)).remaining())
                .isEqualByComparingTo("300000000.00");

        probe.publish(
                projectId, 2, new ProjectCancelled(projectId, ProjectPhase.APPLICATION, "Zurückgezogen", "steering"));
        ApiClient.eventually(
                () -> api.post("/api/funding/grants", finance, applyBody(projectId, "IB-4")),
                r -> r.status() == 422,
                WAIT);
    }

    @Test
    void followsTheMoneyFromCallToReceiptToDisbursementAndPublishesEachStep() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String projectId = FundingScenes.announceProject(probe, "MK-1", "MakerLab Eisleben");
        String grant = FundingScenes.applyOnceKnown(
                api, projectId, "STARK-" + projectId.substring(0, 8), "stark", "120000.00");
        String base = "/api/funding/grants/" + grant;

        var steps = List.of(
                api.post(base + "/approval", finance, """
                        {"amount":100000.00,"rate":0.8,"eligibleCosts":125000.00,"decidedOn":"2025-06-02",
                         "tranches":[{"year":2025,"amount":40000.00},{"year":2026,"amount":60000.00}]}"""),
                api.post(base + "/calls", finance, """
                        {"trancheYear":2025,"amount":40000.00,"calledOn":"2025-07-01","note":"Ausstattung"}"""),
                api.post(base + "/receipts", finance, """
                        {"callId":"C-1","amount":40000.00,"receivedOn":"2025-07-10"}"""),
                api.post(base + "/disbursements", finance, """
                        {"recipient":"Lutherstadt Eisleben","amount":35000.00,"disbursedOn":"2025-07-15"}"""));
        var noCall = api.post(base + "/receipts", finance, """
                {"callId":"C-7","amount":1.00,"receivedOn":"2025-07-10"}""");
        var stale = api.post(base + "/calls", finance, """
                {"trancheYear":2026,"amount":1.00,"calledOn":"2026-01-05","revision":1}""");

        assertThat(steps).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        assertThat(noCall.status()).isEqualTo(409);
        assertThat(noCall.json().get("type").asString()).isEqualTo("https://problems.msh.example/payment-without-call");
        assertThat(stale.status()).isEqualTo(409);
        var totals = api.get(base, TestTokens.forRole("manager")).json().get("totals");
        assertThat(totals.get("called").decimalValue()).isEqualByComparingTo("40000.00");
        assertThat(totals.get("unspent").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(totals.get("uncalled").decimalValue()).isEqualByComparingTo("60000.00");
        assertThat(FundingScenes.awaitEvent(probe, grant, "PaymentReceived"))
                .isEqualTo(new PaymentReceived(
                        grant,
                        projectId,
                        "C-1",
                        "R-1",
                        new BigDecimal("40000.00"),
                        "EUR",
                        LocalDate.of(2025, 7, 10),
                        "finance"));
    }

    private Programme arm1() {
        return programmes.find("invkg-arm1").orElseThrow();
    }

    /** An application for a project nobody announced: refused, so there is no id. */
    private static String apply(ApiClient api, String projectId, String fileNumber) {
        var response = api.post("/api/funding/grants", TestTokens.forRole("finance"), applyBody(projectId, fileNumber));
        return response.status() == 201 ? response.json().get("id").asString() : null;
    }

    private static String applyBody(String projectId, String fileNumber) {
        return """
                {"projectId":"%s","fileNumber":"%s-%s","programme":"invkg-arm1","period":"2020-2026",
                 "requestedAmount":300000000.00}""".formatted(projectId, fileNumber, projectId.substring(0, 8));
    }

    /** A decision at 80 % of eligible costs of amount / 0.8 (exact for these amounts), paid in 2026. */
    private static String approval(String amount) {
        BigDecimal eligible = new BigDecimal(amount).divide(new BigDecimal("0.8"));
        return """
                {"amount":%s,"rate":0.8,"eligibleCosts":%s,"decidedOn":"2026-03-02",
                 "tranches":[{"year":2026,"amount":%s}]}""".formatted(amount, eligible.toPlainString(), amount);
    }
}
