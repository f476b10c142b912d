package de.msh.funding;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.funding.programme.application.Envelopes;
import de.msh.funding.programme.domain.EnvelopeLedger;
import de.msh.funding.programme.domain.EnvelopeLedgers;
import de.msh.funding.programme.domain.Programme;
import de.msh.funding.programme.domain.Programmes;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An approval writes the envelope first and the grant second. When the process dies in between, the envelope holds
 * budget for a grant that holds none: finance staff see it on the worklist once its grace has passed, and release it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnbackedCommitmentIntegrationTests {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    Programmes programmes;

    @Autowired
    Envelopes envelopes;

    @Autowired
    EnvelopeLedgers ledgers;

    @Test
    void anApprovalCutShortShowsOnTheWorklistAndIsReleasedThere() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String cutShort = FundingScenes.applyOnceKnown(
                api,
                FundingScenes.announceProject(probe, "UB-1", "Mobilitätsstation Hettstedt"),
                "CUT-" + tag,
                "invkg-arm1",
                "50000.00");
        String running = FundingScenes.applyOnceKnown(
                api,
                FundingScenes.announceProject(probe, "UB-2", "Mobilitätsstation Gerbstedt"),
                "RUN-" + tag,
                "invkg-arm1",
                "20000.00");
        Programme arm1 = programmes.find("invkg-arm1").orElseThrow();
        BigDecimal leftBefore = left(arm1);
        // an hour ago an approval committed 50,000.00 and died before saving the grant; another is at it right now
        commitInEveryEnvelope(arm1, cutShort, "50000.00", Instant.now().minus(Duration.ofHours(1)));
        commitInEveryEnvelope(arm1, running, "20000.00", Instant.now());

        List<String> shown = unbackedGrants(api);
        var released = api.post("/api/funding/grants/" + cutShort + "/commitment-release", finance, "");
        var tooEarly = api.post("/api/funding/grants/" + running + "/commitment-release", finance, "");
        var again = api.post("/api/funding/grants/" + cutShort + "/commitment-release", finance, "");

        assertThat(shown).contains(cutShort).doesNotContain(running);
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().get(0).get("held").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(released.json().get(0).get("backed").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(again.status()).isEqualTo(409);
        assertThat(unbackedGrants(api)).doesNotContain(cutShort);
        assertThat(left(arm1)).isEqualByComparingTo(leftBefore.subtract(new BigDecimal("20000.00")));
        // the envelope is shared by every test of this JVM: leave it as found
        commitInEveryEnvelope(arm1, running, "0.00", Instant.now());
    }

    private void commitInEveryEnvelope(Programme programme, String grantId, String amount, Instant at) {
        for (Programme.Envelope envelope : programme.envelopesFor("2020-2026")) {
            EnvelopeLedger ledger = envelopes.ledger(programme, envelope);
            ledger.commit(grantId, new BigDecimal(amount), at);
            ledgers.save(ledger);
        }
    }

    private BigDecimal left(Programme programme) {
        return envelopes
                .ledger(programme, programme.envelopesFor("2020-2026").get(0))
                .remaining();
    }

    private static List<String> unbackedGrants(ApiClient api) {
        JsonNode worklist = api.get("/api/funding/reconciliation/worklist", TestTokens.forRole("finance"))
                .json();
        return worklist.get("unbackedCommitments")
                .valueStream()
                .map(u -> u.get("grantId").asString())
                .toList();
    }
}
