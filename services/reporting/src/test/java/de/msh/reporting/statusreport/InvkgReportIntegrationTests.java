package de.msh.reporting.statusreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantRejected;
import de.msh.events.funding.PaymentDisbursed;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.ProofKind;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.events.funding.RecipientKind;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.reporting.CaughtUp;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The Land's report under § 8 InvKG through the real broker: the overview of the last half-year that has ended
 * lists exactly the funded Arm 1 measures whose project was completed in it (not one completed today, not a rejected
 * grant, not another programme's), with the values of the events written here, "nicht erfasst" where an event
 * recorded before a field existed did not carry it; the sums per investment area match a sum of those events; the
 * Excel, CSV and PDF files say the same; a half-year not yet over is refused; the yearly report lists every funded
 * measure with its phase.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvkgReportIntegrationTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.now(BERLIN);
    static final String BASE = ReportDownloads.BASE;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void theHalfYearsOverviewListsTheMeasuresCompletedInItAndTheYearlyReportAllFundedOnes() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        String manager = TestTokens.forRole("manager");
        TopicProbe probe = new TopicProbe(brokers);
        String run = UUID.randomUUID().toString().substring(0, 6);
        // the last half-year that has ended, and a day in it the completions are recorded on
        boolean firstHalfOver = TODAY.getMonthValue() > 6;
        int year = firstHalfOver ? TODAY.getYear() : TODAY.getYear() - 1;
        String half = year + (firstHalfOver ? "-H1" : "-H2");
        LocalDate inHalf = LocalDate.of(year, firstHalfOver ? 5 : 11, 15);
        Instant completedAt = inHalf.atTime(10, 0).atZone(BERLIN).toInstant();

        // A: everything recorded
        String a = project(probe, "INV-A-" + run, "Mobilitätsstation Hettstedt");
        String grantA = UUID.randomUUID().toString();
        probe.publish(
                grantA,
                1,
                new GrantApplied(
                        grantA,
                        a,
                        "IB-A-" + run,
                        "invkg-arm1",
                        "2020-2026",
                        eur("1000.00"),
                        "EUR",
                        "finance",
                        RecipientKind.MUNICIPALITY,
                        "verkehr",
                        "Stadt Hettstedt"));
        probe.publish(
                grantA,
                2,
                new GrantApproved(
                        grantA,
                        a,
                        "invkg-arm1",
                        eur("900.00"),
                        "EUR",
                        LocalDate.of(2024, 3, 1),
                        "finance",
                        new BigDecimal("0.9"),
                        eur("1000.00"),
                        LocalDate.of(2025, 12, 31)));
        probe.publish(
                grantA,
                3,
                new FundsCalled(
                        grantA,
                        a,
                        "IB-A-" + run,
                        "C-1",
                        2024,
                        eur("500.00"),
                        "EUR",
                        LocalDate.of(2024, 4, 1),
                        "finance"));
        probe.publish(
                grantA,
                4,
                new PaymentReceived(
                        grantA, a, "C-1", "R-1", eur("500.00"), "EUR", LocalDate.of(2024, 4, 10), "finance"));
        probe.publish(
                grantA,
                5,
                new PaymentDisbursed(
                        grantA, a, "D-1", "Baufirma", eur("300.00"), "EUR", LocalDate.of(2024, 4, 20), "finance"));
        probe.publish(
                grantA,
                6,
                new ProofOfUseAccepted(
                        grantA,
                        a,
                        "final",
                        ProofKind.FINAL,
                        eur("980.00"),
                        "EUR",
                        LocalDate.of(2026, 2, 1),
                        "finance",
                        eur("880.00")));
        complete(probe, a, completedAt);
        // B: recorded before rate, eligible costs, recipient and area were carried
        String b = project(probe, "INV-B-" + run, "Radweg Kupferspuren");
        String grantB = UUID.randomUUID().toString();
        probe.publish(
                grantB,
                1,
                new GrantApplied(
                        grantB, b, "IB-B-" + run, "invkg-arm1", "2020-2026", eur("2000.00"), "EUR", "finance"));
        probe.publish(
                grantB,
                2,
                new GrantApproved(grantB, b, "invkg-arm1", eur("1800.00"), "EUR", LocalDate.of(2024, 5, 1), "finance"));
        complete(probe, b, completedAt);
        // C: funded, not completed; D: rejected; E: another programme; F: completed today, after the half-year
        String c = project(probe, "INV-C-" + run, "MakerLab Eisleben");
        approved(probe, c, "IB-C-" + run, "invkg-arm1", "3000.00");
        String d = project(probe, "INV-D-" + run, "Abgelehnt");
        String grantD = UUID.randomUUID().toString();
        probe.publish(
                grantD,
                1,
                new GrantApplied(grantD, d, "IB-D-" + run, "invkg-arm1", "2020-2026", eur("100.00"), "EUR", "finance"));
        probe.publish(
                grantD, 2, new GrantRejected(grantD, d, "nicht förderfähig", LocalDate.of(2024, 6, 1), "finance"));
        complete(probe, d, completedAt);
        String e = project(probe, "INV-E-" + run, "Green Power");
        approved(probe, e, "IB-E-" + run, "stark", "5000.00");
        complete(probe, e, completedAt);
        String f = project(probe, "INV-F-" + run, "Heute fertig");
        approved(probe, f, "IB-F-" + run, "invkg-arm1", "700.00");
        complete(probe, f, Instant.now());
        await().atMost(Duration.ofSeconds(60)).until(() -> CaughtUp.withEveryTopic(api, manager, probe));

        var drafted = api.post(BASE, manager, """
                {"scope":"INVKG_HALF_YEAR","key":"%s"}""".formatted(half));

        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        JsonNode overview = drafted.json().get("content").get("invkg");
        assertThat(overview.get("dueOn").asString()).isEqualTo(firstHalfOver ? year + "-10-01" : (year + 1) + "-04-01");
        List<JsonNode> ours = ours(overview.get("measures"), run);
        assertThat(ours)
                .extracting(m -> m.get("fileNumber").asString())
                .containsExactlyInAnyOrder("IB-A-" + run, "IB-B-" + run);
        JsonNode measureA = ours.stream()
                .filter(m -> m.get("fileNumber").asString().startsWith("IB-A"))
                .findFirst()
                .orElseThrow();
        // the events above: 0.9 of 1,000.00 is 900.00, 100.00 co-financed; 500.00 received, 300.00 passed on
        assertThat(measureA.get("recipient").asString()).isEqualTo("Stadt Hettstedt");
        assertThat(measureA.get("areaNumber").asInt()).isEqualTo(2);
        assertThat(measureA.get("eligibleCosts").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(measureA.get("federalAmount").decimalValue()).isEqualByComparingTo("900.00");
        assertThat(measureA.get("coFinancing").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(measureA.get("received").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(measureA.get("disbursed").decimalValue()).isEqualByComparingTo("300.00");
        assertThat(measureA.get("used").decimalValue()).isEqualByComparingTo("880.00");
        assertThat(measureA.get("completedOn").asString()).isEqualTo(inHalf.toString());
        assertThat(measureA.get("proofAcceptedOn").asString()).isEqualTo("2026-02-01");

        // Excel: the reference data's columns, numbers as numbers, what B's events lacked said in words
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(ReportDownloads.download(port, id, "xlsx")))) {
            Sheet sheet = book.getSheet("Maßnahmen § 8 InvKG");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Aktenzeichen");
            Row rowA = row(sheet, "IB-A-" + run);
            assertThat(rowA.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(rowA.getCell(5).getNumericCellValue()))
                    .isEqualByComparingTo("900.00");
            assertThat(rowA.getCell(6).getNumericCellValue()).isEqualTo(0.9);
            assertThat(rowA.getCell(6).getCellStyle().getDataFormatString()).contains("%");
            Row rowB = row(sheet, "IB-B-" + run);
            assertThat(rowB.getCell(6).getStringCellValue()).isEqualTo("nicht erfasst");
            assertThat(rowB.getCell(2).getStringCellValue()).isEqualTo("nicht erfasst");
            assertThat(book.getSheet("Investitionsbereiche")).isNotNull();
        }
        String csv = new String(ReportDownloads.download(port, id, "massnahmen.csv"), StandardCharsets.UTF_8);
        assertThat(csv.lines()
                        .filter(l -> l.contains("IB-A-" + run))
                        .findFirst()
                        .orElseThrow())
                .contains(";Stadt Hettstedt;", ";1000,00;900,00;90 %;100,00;", ";500,00;300,00;880,00;");
        try (PDDocument pdf = Loader.loadPDF(ReportDownloads.download(port, id, "pdf"))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Übersicht nach § 8 InvKG", "Verwaltungsvereinbarung", "IB-A-" + run, "Stadt Hettstedt")
                    .contains("Nr. 2: Verkehr", "90 %", "880,00 €", "nicht erfasst")
                    .doesNotContain("IB-C-" + run, "IB-F-" + run);
        }
        assertThat(api.get(BASE + "/" + id + "/reproduction", manager)
                        .json()
                        .get("same")
                        .asBoolean())
                .isTrue();

        // a half-year not yet over cannot be reported on; a key that names none is refused
        String current = TODAY.getYear() + (TODAY.getMonthValue() > 6 ? "-H2" : "-H1");
        var early = api.post(BASE, manager, """
                {"scope":"INVKG_HALF_YEAR","key":"%s"}""".formatted(current));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.isProblem()).isTrue();
        assertThat(early.body()).contains("Halbjahr");
        var unknown = api.post(BASE, manager, """
                {"scope":"INVKG_HALF_YEAR","key":"2026-H3"}""");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("2026-H1");

        // the yearly report: every funded Arm 1 measure, completed or not, with its phase
        var yearly = api.post(BASE, manager, """
                {"scope":"INVKG_YEAR","key":"%d"}""".formatted(TODAY.getYear() - 1));
        assertThat(yearly.status()).as(yearly.body()).isEqualTo(201);
        assertThat(ours(yearly.json().get("content").get("invkg").get("measures"), run))
                .extracting(m -> m.get("fileNumber").asString())
                .containsExactlyInAnyOrder("IB-A-" + run, "IB-B-" + run, "IB-C-" + run, "IB-F-" + run);
        try (PDDocument pdf = Loader.loadPDF(
                ReportDownloads.download(port, yearly.json().get("id").asString(), "pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Umsetzung der Maßnahmen nach dem InvKG", "Beitrag zum Masterplan 2038");
        }
    }

    private static List<JsonNode> ours(JsonNode measures, String run) {
        List<JsonNode> ours = new ArrayList<>();
        measures.forEach(m -> {
            if (m.get("fileNumber").asString().endsWith("-" + run)) {
                ours.add(m);
            }
        });
        return ours;
    }

    private static Row row(Sheet sheet, String fileNumber) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && fileNumber.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + fileNumber);
    }

    private static String project(TopicProbe probe, String code, String title) {
        String id = "p-" + UUID.randomUUID();
        probe.publish(
                id,
                1,
                new ProjectRegistered(
                        id, code, title, "mobilitaet", List.of(), ProjectPhase.IMPLEMENTATION, null, List.of()));
        return id;
    }

    private static void complete(TopicProbe probe, String project, Instant at) {
        probe.publish(
                project,
                2,
                new ProjectPhaseChanged(
                        project, ProjectPhase.IMPLEMENTATION, ProjectPhase.COMPLETED, "steering", null, false),
                at);
    }

    private static void approved(TopicProbe probe, String project, String fileNumber, String programme, String amount) {
        String grant = UUID.randomUUID().toString();
        probe.publish(
                grant,
                1,
                new GrantApplied(grant, project, fileNumber, programme, "2020-2026", eur(amount), "EUR", "finance"));
        probe.publish(
                grant,
                2,
                new GrantApproved(grant, project, programme, eur(amount), "EUR", LocalDate.of(2024, 3, 1), "finance"));
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }
}
