package de.msh.funding;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantAmended;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantClosed;
import de.msh.events.funding.GrantReclaimed;
import de.msh.events.funding.GrantRejected;
import de.msh.events.funding.PaymentDisbursed;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.ReclaimRepaid;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Reporting learns the money only from the funding events, so every figure of a grant's totals must follow from
 * them: a grant's whole life through the API, its events folded here in plain Java, compared to the cent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GrantTotalsFromEventsIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void everyTotalFollowsFromTheGrantsEventsAlone() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String projectId = FundingScenes.announceProject(probe, "HZ-1", "InnoHub FOKUS HOLZ + KLIMA");
        String file = "LIFE-" + UUID.randomUUID().toString().substring(0, 8);
        String grant = FundingScenes.applyOnceKnown(api, projectId, file, "stark", "200000.00");
        String base = "/api/funding/grants/" + grant;
        List<ApiClient.Response> steps = List.of(
                api.post(base + "/approval", finance, """
                        {"amount":100000.00,"rate":0.8,"eligibleCosts":125000.00,"decidedOn":"2025-06-02",
                         "tranches":[{"year":2025,"amount":60000.00},{"year":2026,"amount":40000.00}]}"""),
                api.post(base + "/amendments", finance, """
                        {"amount":120000.00,"rate":0.8,"eligibleCosts":150000.00,"decidedOn":"2025-06-20",
                         "tranches":[{"year":2025,"amount":70000.00},{"year":2026,"amount":50000.00}],
                         "reason":"Mehrkosten Holzbau anerkannt"}"""),
                api.post(base + "/calls", finance, """
                        {"trancheYear":2025,"amount":40000.00,"calledOn":"2025-07-01"}"""),
                api.post(base + "/calls", finance, """
                        {"trancheYear":2025,"amount":20000.00,"calledOn":"2025-07-15"}"""),
                api.post(base + "/receipts", finance, """
                        {"callId":"C-1","amount":40000.00,"receivedOn":"2025-07-08"}"""),
                api.post(base + "/receipts", finance, """
                        {"callId":"C-2","amount":12500.50,"receivedOn":"2025-07-20"}"""),
                api.post(base + "/disbursements", finance, """
                        {"recipient":"Lutherstadt Eisleben","amount":30000.00,"disbursedOn":"2025-07-22"}"""),
                api.post(base + "/reclaims", finance, """
                        {"amount":5000.25,"effectiveFrom":"2025-08-01","decidedOn":"2025-09-01","revoke":false,
                         "reason":"Ausgaben nicht zuwendungsfähig"}"""),
                api.post(base + "/reclaims/RF-1/repayment", finance, """
                        {"paidOn":"2025-10-15"}"""));
        assertThat(steps)
                .allSatisfy(step -> assertThat(step.status()).as(step.body()).isEqualTo(200));
        JsonNode totals = api.get(base, finance).json().get("totals");

        Map<String, BigDecimal> folded = fold(eventsOf(probe, grant));

        assertThat(folded.get("repaid")).isEqualByComparingTo("5000.25");
        assertThat(folded.get("interest")).isPositive();
        folded.forEach((figure, value) ->
                assertThat(totals.get(figure).decimalValue()).as(figure).isEqualByComparingTo(value));
        assertThat(folded.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        () -> totals.propertyNames().iterator());
    }

    /** The grant's events, in the order they happened, up to its repayment (the last step above). */
    private static List<Object> eventsOf(TopicProbe probe, String grant) {
        var records = probe.awaitRecords(
                EventContext.FUNDING.topic(),
                r -> grant.equals(r.key()) && type(r).endsWith(".ReclaimRepaid.v1"),
                FundingScenes.WAIT);
        return records.stream()
                .filter(r -> grant.equals(r.key()))
                .map(r -> EventCodec.standard().fromJson(type(r), r.value()).orElseThrow())
                .map(Object.class::cast)
                .toList();
    }

    private static Map<String, BigDecimal> fold(List<Object> events) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal approved = zero;
        BigDecimal called = zero;
        BigDecimal received = zero;
        BigDecimal disbursed = zero;
        BigDecimal reclaimed = zero;
        BigDecimal repaid = zero;
        BigDecimal interest = zero;
        String status = "APPLIED";
        for (Object event : events) {
            if (event instanceof GrantApproved e) {
                approved = e.amount();
                status = "APPROVED";
            } else if (event instanceof GrantAmended e) {
                approved = e.amount();
            } else if (event instanceof FundsCalled e) {
                called = called.add(e.amount());
            } else if (event instanceof PaymentReceived e) {
                received = received.add(e.amount());
            } else if (event instanceof PaymentDisbursed e) {
                disbursed = disbursed.add(e.amount());
            } else if (event instanceof GrantReclaimed e) {
                reclaimed = reclaimed.add(e.amount());
                status = e.revoked() ? "REVOKED" : status;
            } else if (event instanceof ReclaimRepaid e) {
                repaid = repaid.add(e.amount());
                interest = interest.add(e.interest());
            } else if (event instanceof GrantClosed) {
                status = "CLOSED";
            } else if (event instanceof GrantRejected) {
                status = "REJECTED";
            }
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        totals.put(
                "committed",
                switch (status) {
                    case "APPROVED" -> approved.subtract(reclaimed);
                    case "CLOSED" -> received.subtract(reclaimed);
                    default -> zero;
                });
        totals.put("called", called);
        totals.put("received", received);
        totals.put("disbursed", disbursed);
        totals.put("reclaimed", reclaimed);
        totals.put(
                "uncalled",
                "APPROVED".equals(status) ? approved.subtract(reclaimed).subtract(called) : zero);
        totals.put("unspent", received.subtract(disbursed).subtract(reclaimed));
        totals.put("repaid", repaid);
        totals.put("interest", interest);
        return totals;
    }

    private static String type(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
        return TopicProbe.header(record, CloudEventAttributes.TYPE);
    }
}
