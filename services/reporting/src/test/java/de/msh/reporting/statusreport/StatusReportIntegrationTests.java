package de.msh.reporting.statusreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.milestones.MilestoneKind;
import de.msh.events.milestones.MilestonePlanned;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.reporting.CaughtUp;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A project's status report through the real broker: its light by the rules, its money against a sum of the events
 * written here, its files read back (a hostile title stays plain text in CSV and Excel), its figures reproduced at
 * its positions after more events, and its lifecycle from draft to published, refusals included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StatusReportIntegrationTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
    static final String HOSTILE = "=HYPERLINK(\"http://example.org\";\"klick\") <b>MSH₂</b>";
    static final String BASE = "/api/reporting/status-reports";

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void aProjectsReportFromDraftToPublishedReproducibleAndReadBack() throws Exception {
        ApiClient api = ApiClient.onPort(port);
        String manager = TestTokens.forRole("manager");
        TopicProbe probe = new TopicProbe(brokers);
        String project = "p-" + UUID.randomUUID();
        String grant = UUID.randomUUID().toString();
        String code = "SR-" + project.substring(2, 8);
        probe.publish(
                project,
                1,
                new ProjectRegistered(
                        project,
                        code,
                        HOSTILE,
                        "energie",
                        List.of(),
                        ProjectPhase.APPROVED,
                        null,
                        List.of(),
                        null,
                        "Krause",
                        List.of(),
                        null));
        probe.publish(
                grant,
                1,
                new GrantApplied(
                        grant, project, "IB-SR-1", "invkg-arm1", "2020-2026", eur("8000.00"), "EUR", "finance"));
        probe.publish(
                grant,
                2,
                new GrantApproved(grant, project, "invkg-arm1", eur("7500.00"), "EUR", TODAY.minusDays(60), "finance"));
        probe.publish(
                grant,
                3,
                new FundsCalled(
                        grant,
                        project,
                        "AO-1",
                        "C-1",
                        TODAY.getYear(),
                        eur("2500.00"),
                        "EUR",
                        TODAY.minusDays(30),
                        "finance"));
        probe.publish(
                project,
                1,
                new MilestonePlanned(
                        project,
                        "M-1",
                        "Förderbescheid liegt vor",
                        MilestoneKind.PHASE_GATE,
                        TODAY.minusDays(3),
                        List.of(),
                        null,
                        null,
                        "steering"));
        await().atMost(Duration.ofSeconds(60)).until(() -> CaughtUp.withEveryTopic(api, manager, probe));

        var drafted = api.post(BASE, manager, """
                {"scope":"PROJECT","key":"%s"}""".formatted(project));

        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        JsonNode report = drafted.json();
        String id = report.get("id").asString();
        JsonNode content = report.get("content");
        assertThat(content.get("light").asString()).isEqualTo("RED");
        assertThat(content.get("reasons").get(0).asString()).isEqualTo("Ein Phasentor ist versäumt.");
        JsonNode money = content.get("money");
        // the events above, summed by hand: approved 7,500.00, called 2,500.00, nothing received yet
        assertThat(money.get("granted").decimalValue()).isEqualByComparingTo("7500.00");
        assertThat(money.get("called").decimalValue()).isEqualByComparingTo("2500.00");
        assertThat(money.get("received").decimalValue()).isEqualByComparingTo("0");
        assertThat(money.get("open").decimalValue()).isEqualByComparingTo("5000.00");
        assertThat(content.get("milestones").get(0).get("status").asString()).isEqualTo("versäumt");
        // the trend a milestone trend analysis draws: on the day it was planned, expected three days ago
        JsonNode trend = content.get("milestones").get(0).get("trend");
        assertThat(trend.size()).isEqualTo(1);
        assertThat(trend.get(0).get("forecastOn").asString())
                .isEqualTo(TODAY.minusDays(3).toString());
        // money by the year of the call
        JsonNode year = content.get("moneyByYear").get(0);
        assertThat(year.get("year").asInt()).isEqualTo(TODAY.minusDays(30).getYear());
        assertThat(year.get("called").decimalValue()).isEqualByComparingTo("2500.00");
        assertThat(report.get("positions").size()).isPositive();

        // CSV: BOM, semicolons, decimal commas; the title plain text, its formula neutralised
        String csv = text(download(id, "projekte.csv"));
        assertThat(csv).startsWith("\uFEFFKürzel;Projekt;");
        String row =
                csv.lines().filter(l -> l.startsWith(code + ";")).findFirst().orElseThrow();
        assertThat(row)
                .contains("\"'=HYPERLINK(\"\"http://example.org\"\";\"\"klick\"\") <b>MSH₂</b>\"")
                .contains(";Bewilligt;Krause;rot;")
                .endsWith(";7500,00;2500,00;0,00;0,00;0,00;5000,00");
        assertThat(text(download(id, "meilensteine.csv"))).contains("Förderbescheid liegt vor;Phasentor;");

        // Excel: numbers as numbers with formats, the title as text, header rows frozen
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(download(id, "xlsx")))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Überblick");
            Sheet projects = book.getSheet("Projekte");
            assertThat(projects.getPaneInformation().isFreezePane()).isTrue();
            var title = projects.getRow(1).getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("'" + HOSTILE);
            var granted = projects.getRow(1).getCell(10);
            assertThat(granted.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(granted.getNumericCellValue())).isEqualByComparingTo("7500.00");
            assertThat(granted.getCellStyle().getDataFormatString()).contains("€");
            var years = book.getSheet("Mittel je Jahr");
            assertThat(years.getRow(1).getCell(0).getNumericCellValue())
                    .isEqualTo(TODAY.minusDays(30).getYear());
            assertThat(BigDecimal.valueOf(years.getRow(1).getCell(1).getNumericCellValue()))
                    .isEqualByComparingTo("2500.00");
            var baseline = book.getSheet("Meilensteine").getRow(1).getCell(3);
            assertThat(baseline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY.minusDays(3));
        }

        // PDF: tagged for screen readers, in German, fonts embedded; the title plain text
        try (PDDocument pdf = Loader.loadPDF(download(id, "pdf"))) {
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            try (var xmp = pdf.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                assertThat(new String(xmp.readAllBytes(), StandardCharsets.UTF_8))
                        .contains("pdfuaid:part");
            }
            assertThat(pdf.getDocumentInformation().getTitle()).contains(HOSTILE);
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded())
                            .as("font %s", name)
                            .isTrue();
                }
            }
            // line breaks fall where the layout puts them: compare without white space
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text)
                    .contains(HOSTILE.replaceAll("\\s+", ""))
                    .contains("Gesamtstatus:", "rot", "EinPhasentoristversäumt.")
                    .contains("7.500,00€", "2.500,00€", "5.000,00€")
                    .contains("Förderbescheidliegtvor")
                    .contains("Mittelüberdie", "MitteljeKalenderjahr", "Meilenstein-Trendanalyse");
            // the charts are figures a screen reader reads out by their alternative text
            var figures = new java.util.ArrayList<String>();
            collectAlternatives(pdf.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
            assertThat(figures)
                    .anySatisfy(alt -> assertThat(alt).contains("abgerufen 2.500,00 €"))
                    .anySatisfy(alt -> assertThat(alt).startsWith("Meilenstein-Trendanalyse " + code));
        }

        // more events: the live view moves on, the report's figures computed again at its positions do not
        probe.publish(
                grant,
                4,
                new PaymentReceived(
                        grant, project, "C-1", "R-1", eur("2500.00"), "EUR", TODAY.minusDays(1), "finance"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/reporting/money?projectId=" + project, manager)
                                .json()
                                .get("total")
                                .get("received")
                                .decimalValue()
                                .signum()
                        > 0);
        JsonNode reproduction =
                api.get(BASE + "/" + id + "/reproduction", manager).json();
        assertThat(reproduction.get("same").asBoolean()).isTrue();
        assertThat(reproduction.get("again").get("money").get("received").decimalValue())
                .isEqualByComparingTo("0");

        // the lifecycle: assess, publish; then nothing changes any more
        var assessed = api.put(BASE + "/" + id + "/assessment", manager, """
                {"assessment":"Bescheid verzögert sich.","risks":"Kofinanzierung offen","revision":%d}""".formatted(
                        report.get("revision").asLong()));
        assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
        var stale = api.put(BASE + "/" + id + "/assessment", manager, """
                {"assessment":"x","revision":%d}""".formatted(
                        report.get("revision").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        long revision = assessed.json().get("revision").asLong();
        var published = api.post(BASE + "/" + id + "/publication", manager, """
                {"revision":%d}""".formatted(revision));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
        var changed = api.put(BASE + "/" + id + "/assessment", manager, """
                {"assessment":"später","revision":%d}""".formatted(
                        published.json().get("revision").asLong()));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().get("type").asString()).endsWith("/report-published");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(download(id, "xlsx")))) {
            assertThat(book.getSheet("Überblick").getRow(4).getCell(1).getStringCellValue())
                    .isEqualTo("Bescheid verzögert sich.");
        }
        assertThat(api.get(BASE, TestTokens.forRole("auditor")).body()).contains(id);
    }

    @Test
    void refusesWhatCannotBeAReportAndWritersOnly() {
        ApiClient api = ApiClient.onPort(port);
        String steering = TestTokens.forRole("steering");

        assertThat(api.post(BASE, steering, "{\"scope\":\"PROJECT\"}").status()).isEqualTo(422);
        assertThat(api.post(BASE, steering, "{\"scope\":\"PROJECT\",\"key\":\"p-unbekannt\"}")
                        .status())
                .isEqualTo(422);
        assertThat(api.post(BASE, steering, "{\"scope\":\"WELT\"}").status()).isEqualTo(400);
        assertThat(api.post(BASE, TestTokens.forRole("auditor"), "{\"scope\":\"PORTFOLIO\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(BASE + "/gibt-es-nicht", steering).status()).isEqualTo(404);
        var portfolio = api.post(BASE, steering, "{\"scope\":\"PORTFOLIO\"}");
        assertThat(portfolio.status()).as(portfolio.body()).isEqualTo(201);
        assertThat(portfolio.json().get("content").get("title").asString()).startsWith("Statusbericht Portfolio");
    }

    private byte[] download(String id, String name) throws Exception {
        return ReportDownloads.download(port, id, name);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    private static void collectAlternatives(java.util.List<Object> kids, java.util.List<String> into) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    into.add(e.getAlternateDescription());
                }
                collectAlternatives(e.getKids(), into);
            }
        }
    }
}
