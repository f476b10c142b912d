package de.msh.funding;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.funding.DiscrepancyKind;
import de.msh.events.funding.ReconciliationDiscrepancyFound;
import de.msh.events.funding.ReconciliationDiscrepancyResolved;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Bank statements through the real store and broker: a camt.053 file is matched against a grant's calls and
 * payments, importing it again changes nothing, hostile files are refused without a trace, and what is left is
 * settled by hand from the worklist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatementIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String ACCOUNT = "DE55800550083000123456";
    static final String XML = "application/xml";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Autowired
    MongoTemplate mongo;

    @Test
    void matchesSettlesOnceAndLeavesTheRestOnTheWorklist() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        var probe = new TopicProbe(brokers);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = "STARK-" + tag;
        String grant = approvedGrantWithTwoCalls(api, probe, file);
        String base = "/api/funding/grants/" + grant;

        String day1 = camt(
                "S1-" + tag,
                List.of(
                        entry("R1-" + tag, "40000.00", "CRDT", "2025-07-10", "Mittelabruf " + file + " Tranche 2025"),
                        entry("R2-" + tag, "1200.50", "CRDT", "2025-07-10", "Erstattung Nebenkosten"),
                        entry("R3-" + tag, "30000.00", "CRDT", "2025-07-11", "Abschlag " + file)));
        var first = api.post("/api/funding/statements", finance, XML, day1);
        var again = api.post("/api/funding/statements", finance, XML, day1);
        var altered = api.post("/api/funding/statements", finance, XML, day1.replace("1200.50", "1200.51"));
        api.post(base + "/disbursements", finance, """
                {"recipient":"Lutherstadt Eisleben","amount":35000.00,"disbursedOn":"2025-07-14"}""");
        var day2 = api.post(
                "/api/funding/statements",
                finance,
                XML,
                camt(
                        "S2-" + tag,
                        List.of(
                                entry("P1-" + tag, "35000.00", "DBIT", "2025-07-15", "Weiterleitung " + file),
                                entry("R2-" + tag, "1200.50", "CRDT", "2025-07-10", "Erstattung Nebenkosten"))));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(altered.status()).isEqualTo(409);
        assertThat(altered.json().get("type").asString()).isEqualTo("https://problems.msh.example/statement-differs");
        assertThat(day2.status()).as(day2.body()).isEqualTo(201);
        String s1 = first.json().get(0).get("id").asString();
        String s2 = day2.json().get(0).get("id").asString();
        assertThat(statuses(api, s1)).containsExactly("MATCHED", "UNEXPECTED", "PARTIAL");
        assertThat(statuses(api, s2)).containsExactly("MATCHED", "DUPLICATE");
        JsonNode totals = api.get(base, finance).json().get("totals");
        assertThat(totals.get("received").decimalValue()).isEqualByComparingTo("40000.00");
        assertThat(api.get(base, finance)
                        .json()
                        .get("disbursements")
                        .get(0)
                        .get("bookingId")
                        .asString())
                .isEqualTo(s2 + "/1");

        // the partial booking belongs to the second call; the unexpected one is not funding money
        var assigned =
                api.post("/api/funding/statements/" + s1 + "/bookings/3/resolution", finance, """
                {"action":"ASSIGNED","reason":"Abschlag auf C-2 laut Telefonat mit der IB",
                 "parts":[{"grantId":"%s","target":"C-2","amount":30000.00}]}""".formatted(grant));
        var tooMuch =
                api.post("/api/funding/statements/" + s1 + "/bookings/2/resolution", finance, """
                {"action":"ASSIGNED","reason":"x","parts":[{"grantId":"%s","target":"C-2","amount":1200.51}]}""".formatted(grant));
        var notRelevant = api.post("/api/funding/statements/" + s1 + "/bookings/2/resolution", finance, """
                {"action":"NOT_RELEVANT","reason":"Nebenkostenerstattung, keine Fördermittel"}""");
        var twice = api.post("/api/funding/statements/" + s1 + "/bookings/2/resolution", finance, """
                {"action":"NOT_RELEVANT","reason":"nochmal"}""");

        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(notRelevant.status()).isEqualTo(200);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(api.get(base, finance).json().get("totals").get("received").decimalValue())
                .isEqualByComparingTo("70000.00");
        var worklist = api.get("/api/funding/reconciliation/worklist", TestTokens.forRole("manager"))
                .json();
        assertThat(bookingIds(worklist)).contains(s2 + "/2").doesNotContain(s1 + "/2", s1 + "/3");
        // 70,000.00 received in July 2025, 35,000.00 passed on: the rest is idle far beyond the six weeks
        assertThat(worklist.get("idleMoney")
                        .valueStream()
                        .filter(i -> grant.equals(i.get("grantId").asString()))
                        .map(i -> i.get("amount").decimalValue())
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("35000.00");
        JsonNode row = summaryRow(api, "stark");
        assertThat(row.get("moneyIn").decimalValue()).isEqualByComparingTo("70000.00");
        assertThat(row.get("moneyOut").decimalValue()).isEqualByComparingTo("35000.00");
        assertThat(row.get("open").decimalValue()).isEqualByComparingTo("0.00");

        assertThat(FundingScenes.awaitEvent(probe, s1, "ReconciliationDiscrepancyFound"))
                .isEqualTo(new ReconciliationDiscrepancyFound(
                        s1,
                        s1 + "/2",
                        ACCOUNT,
                        DiscrepancyKind.UNEXPECTED,
                        new BigDecimal("1200.50"),
                        "EUR",
                        LocalDate.of(2025, 7, 10),
                        null,
                        "Kein Aktenzeichen einer Zuwendung im Verwendungszweck"));
        assertThat(FundingScenes.awaitEvent(probe, grant, "PaymentReconciled")).isNotNull();
        // what reporting needs to know the discrepancy is no longer open
        var resolved = probe.awaitRecord(
                EventContext.FUNDING.topic(),
                r -> s1.equals(r.key())
                        && TopicProbe.header(r, CloudEventAttributes.TYPE)
                                .endsWith(".ReconciliationDiscrepancyResolved.v1")
                        && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + s1 + "/2\""),
                Duration.ofSeconds(30));
        assertThat(EventCodec.standard()
                        .fromJson(TopicProbe.header(resolved, CloudEventAttributes.TYPE), resolved.value())
                        .orElseThrow())
                .isEqualTo(new ReconciliationDiscrepancyResolved(
                        s1, s1 + "/2", "NOT_RELEVANT", "Nebenkostenerstattung, keine Fördermittel", "finance"));
    }

    @Test
    void aStatementIsKnownByItsContentNotByHowAReaderRenderedIt() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = camt("K-" + tag, List.of(entry("K1-" + tag, "99.00", "CRDT", "2025-07-10", "Gebühr")));
        var first = api.post("/api/funding/statements", finance, XML, file);
        String id = first.json().get(0).get("id").asString();
        // as stored by an earlier reader, whose fingerprint was a Java object's toString
        mongo.getCollection("bank_statements")
                .updateOne(
                        new org.bson.Document("_id", id),
                        new org.bson.Document("$set", new org.bson.Document("contentHash", "toString-of-2025")));

        var again = api.post("/api/funding/statements", finance, XML, file.replace("Gebühr", "Gebühr   "));
        var altered = api.post("/api/funding/statements", finance, XML, file.replace("99.00", "99.01"));

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(altered.status()).isEqualTo(409);
    }

    @Test
    void importsAnAccountIdentifiedOtherThanByIbanAndShowsItAsSuch() {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = camt("O-" + tag, List.of(entry("O1-" + tag, "10.00", "CRDT", "2025-07-10", "Zins")))
                .replace(
                        "<IBAN>" + ACCOUNT + "</IBAN>",
                        "<Othr><Id>86001503" + tag.replaceAll("[^0-9]", "")
                                + "</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm></Othr>");

        var imported = api.post("/api/funding/statements", finance, XML, file);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get(0).get("accountScheme").asString()).isEqualTo("BBAN");
        assertThat(imported.json().get(0).get("iban").asString()).startsWith("86001503");
    }

    @Test
    void refusesHostileAndBrokenFilesNamingWhereAndStoresNothing() throws IOException {
        ApiClient api = ApiClient.onPort(port);
        String finance = TestTokens.forRole("finance");
        int before = api.get("/api/funding/statements", finance).json().size();

        for (String name :
                List.of("xxe-file.xml", "billion-laughs.xml", "broken.xml", "usd.xml", "negative-amount.xml")) {
            var refused = api.post("/api/funding/statements", finance, XML, resource(name));
            assertThat(refused.status()).as(name + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.json().get("location").asString()).as(name).isNotBlank();
            assertThat(refused.body()).doesNotContain("root:x:0:0");
        }
        var csv = api.post("/api/funding/statements", finance, "text/csv", """
                Konto;Auszug;Buchungstag;Betrag;Währung
                %s;CSV-1;31.02.2026;100,00;EUR
                """.formatted(ACCOUNT));
        var steering = api.post("/api/funding/statements", TestTokens.forRole("steering"), XML, resource("broken.xml"));

        assertThat(csv.status()).isEqualTo(422);
        assertThat(csv.json().get("location").asString()).startsWith("Zeile 2");
        assertThat(steering.status()).isEqualTo(403);
        assertThat(api.get("/api/funding/statements", finance).json().size()).isEqualTo(before);
    }

    @Test
    void describesTheWholeFundingApiInOpenApi() {
        var docs = ApiClient.onPort(port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains(
                        "/api/funding/grants/{id}/amendments",
                        "/api/funding/grants/{id}/calls",
                        "/api/funding/grants/{id}/reclaims/{reclaimId}/interest",
                        "/api/funding/statements",
                        "/api/funding/statements/{id}/bookings/{position}/resolution",
                        "/api/funding/reconciliation/summary",
                        "/api/funding/rules");
    }

    /** A STARK grant of 100,000.00 EUR for a fresh project, with calls C-1 of 40,000.00 and C-2 of 50,000.00. */
    private static String approvedGrantWithTwoCalls(ApiClient api, TopicProbe probe, String fileNumber) {
        String finance = TestTokens.forRole("finance");
        String projectId = FundingScenes.announceProject(probe, "MK-2", "MakerLab Eisleben");
        String grant = FundingScenes.applyOnceKnown(api, projectId, fileNumber, "stark", "100000.00");
        String base = "/api/funding/grants/" + grant;
        api.post(base + "/approval", finance, """
                {"amount":100000.00,"rate":0.8,"eligibleCosts":125000.00,"decidedOn":"2025-06-02",
                 "tranches":[{"year":2025,"amount":100000.00}]}""");
        api.post(base + "/calls", finance, """
                {"trancheYear":2025,"amount":40000.00,"calledOn":"2025-07-01"}""");
        api.post(base + "/calls", finance, """
                {"trancheYear":2025,"amount":50000.00,"calledOn":"2025-07-01"}""");
        return grant;
    }

    private static List<String> statuses(ApiClient api, String statement) {
        JsonNode bookings = api.get("/api/funding/statements/" + statement, TestTokens.forRole("finance"))
                .json()
                .get("bookings");
        return bookings.valueStream().map(b -> b.get("status").asString()).toList();
    }

    private static List<String> bookingIds(JsonNode worklist) {
        return worklist.get("bookings")
                .valueStream()
                .map(b -> b.get("booking").get("bookingId").asString())
                .toList();
    }

    private static JsonNode summaryRow(ApiClient api, String programme) {
        return api.get(
                        "/api/funding/reconciliation/summary?account=" + ACCOUNT + "&programme=" + programme,
                        TestTokens.forRole("manager"))
                .json()
                .get("total");
    }

    static String entry(String ref, String amount, String direction, String day, String text) {
        return """
                <Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Sts>BOOK</Sts>
                  <BookgDt><Dt>%s</Dt></BookgDt><ValDt><Dt>%s</Dt></ValDt><AcctSvcrRef>%s</AcctSvcrRef>
                  <NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Bundeskasse Halle</Nm></Dbtr>
                    <Cdtr><Nm>Lutherstadt Eisleben</Nm></Cdtr></RltdPties>
                    <RmtInf><Ustrd>%s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                """.formatted(amount, direction, day, day, ref, text);
    }

    static String camt(String statementId, List<String> entries) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
                  <BkToCstmrStmt><GrpHdr><MsgId>%s</MsgId><CreDtTm>2025-07-16T06:00:00</CreDtTm></GrpHdr>
                    <Stmt><Id>%s</Id><Acct><Id><IBAN>%s</IBAN></Id><Ccy>EUR</Ccy></Acct>
                %s    </Stmt>
                  </BkToCstmrStmt>
                </Document>
                """.formatted(statementId, statementId, ACCOUNT, String.join("", entries));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StatementIntegrationTests.class.getResourceAsStream("/statements/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
