package de.msh.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.msh.portal.PortalSliceTest;
import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.portfolio.ProjectPage;
import de.msh.portal.portfolio.StrategicField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class ReportPagesTests extends PortalSliceTest {

    static final String ID = "r-1";
    static final String HOSTILE = "=HYPERLINK(\"x\") <b>MSH₂</b>";
    static final StatusReportsClient.Money MONEY = new StatusReportsClient.Money(
            new BigDecimal("7500.00"),
            new BigDecimal("2500.00"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            new BigDecimal("5000.00"));
    static final List<StatusReportsClient.Position> POSITIONS =
            List.of(new StatusReportsClient.Position("msh.funding.events", 0, 42));

    @BeforeEach
    void reports() {
        when(projects.strategicFields()).thenReturn(List.of(new StrategicField("energie", "Energie")));
        when(projects.list(any())).thenReturn(new ProjectPage(List.of(), 0, 200, 0, 0));
        when(statusReports.get(ID)).thenReturn(report("DRAFT"));
        when(statusReports.list())
                .thenReturn(List.of(new StatusReportsClient.Summary(
                        ID,
                        "Statusbericht Projekt SR-1",
                        "PROJECT",
                        "p-1",
                        Instant.parse("2026-11-30T10:00:00Z"),
                        "RED",
                        "PUBLISHED",
                        POSITIONS,
                        1,
                        1,
                        "manager",
                        Instant.parse("2026-11-30T10:00:01Z"),
                        "manager",
                        Instant.parse("2026-11-30T11:00:00Z"),
                        2)));
    }

    @Test
    void listsTheReportsWithTheEventPositionsTheyReflect() throws Exception {
        String page = page("/berichte", "auditor");

        assertThat(page)
                .contains("Statusbericht Projekt SR-1", "rot", "veröffentlicht am", "msh.funding.events, 0: 42")
                .doesNotContain("Entwurf erstellen");
        assertThat(page("/berichte", "manager")).contains("Entwurf erstellen", "Energie");
    }

    @Test
    void draftsAsOfTheEndOfThePickedDayWithTheFormsKey() throws Exception {
        when(reportDrafts.start(any(), eq("key-1"))).thenReturn(running(ID));

        mvc.perform(post("/berichte")
                        .param("umfang", "FIELD")
                        .param("feld", "energie")
                        .param("stichtag", "31.10.2026")
                        .param("idempotencyKey", "key-1")
                        .with(as("manager"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/berichte/entwurf/" + ID));

        verify(reportDrafts)
                .start(
                        eq(new StatusReportsClient.Draft(
                                "FIELD", "energie", Instant.parse("2026-10-31T22:59:59.999Z"))),
                        eq("key-1"));
    }

    @Test
    void asksForTheFieldInGermanBeforeAskingReporting() throws Exception {
        mvc.perform(post("/berichte")
                        .param("umfang", "FIELD")
                        .param("idempotencyKey", "key-2")
                        .with(as("steering"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/berichte#neuer-bericht"))
                .andExpect(flash().attribute("draftError", "Bitte wählen Sie das Themenfeld."));

        verify(reportDrafts, never()).start(any(), anyString());
    }

    @Test
    void draftsTheLandsOverviewOfAHalfYearThatHasEnded() throws Exception {
        when(reportDrafts.start(any(), eq("key-3"))).thenReturn(running(ID));

        // on 30.11.2026 the first half of 2026 has ended, the second has not
        assertThat(page("/berichte", "manager"))
                .contains("Übersicht nach § 8 InvKG", "value=\"2026-H1\"", "1. Halbjahr 2026", "2. Halbjahr 2025")
                .contains("Jahresbericht zur Umsetzung nach dem InvKG", "value=\"2025\"")
                .doesNotContain("value=\"2026-H2\"", "value=\"2026\"");
        mvc.perform(post("/berichte")
                        .param("umfang", "INVKG_HALF_YEAR")
                        .param("halbjahr", "2026-H1")
                        .param("idempotencyKey", "key-3")
                        .with(as("manager"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/berichte/entwurf/" + ID));
        mvc.perform(post("/berichte")
                        .param("umfang", "INVKG_YEAR")
                        .param("idempotencyKey", "key-4")
                        .with(as("manager"))
                        .with(csrf()))
                .andExpect(flash().attribute("draftError", "Bitte wählen Sie das Jahr."));

        verify(reportDrafts).start(eq(new StatusReportsClient.Draft("INVKG_HALF_YEAR", "2026-H1", null)), eq("key-3"));
        verify(reportDrafts, never()).start(any(), eq("key-4"));
    }

    @Test
    void showsADraftsProgressAndRefreshesOnlyItsStandWithHtmx() throws Exception {
        when(reportDrafts.progress(ID))
                .thenReturn(new ReportDraftsClient.Progress(
                        ID, "RUNNING", "REPLAY", "Ereignisse bis zum Stichtag einlesen", 400, 1000, 40, null, null));

        String page = page("/berichte/entwurf/" + ID, "manager");
        String stand = mvc.perform(get("/berichte/entwurf/" + ID)
                        .header("HX-Request", "true")
                        .with(as("manager")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("Bericht wird erstellt", "role=\"status\"", "hx-get=\"/berichte/entwurf/r-1\"")
                .contains("Ereignisse bis zum Stichtag einlesen", "40 %", "value=\"400\"", "max=\"1000\"")
                .contains("Stand aktualisieren");
        assertThat(stand).contains("40 %").doesNotContain("<html", "Bericht wird erstellt");
    }

    @Test
    void aDoneDraftOpensItsReportAndAFailedOneExplainsWhyInGerman() throws Exception {
        when(reportDrafts.progress(ID))
                .thenReturn(new ReportDraftsClient.Progress(ID, "DONE", "DONE", "Fertig", 0, 0, null, null, null));
        when(reportDrafts.progress("r-2"))
                .thenReturn(new ReportDraftsClient.Progress(
                        "r-2", "FAILED", "COMPUTE", "Zahlen berechnen", 0, 0, null, "report-invalid", "no project"));

        mvc.perform(get("/berichte/entwurf/" + ID).with(as("manager")))
                .andExpect(redirectedUrl("/berichte/" + ID))
                .andExpect(flash().attribute("notice", DraftProgressController.DRAFTED));
        mvc.perform(get("/berichte/entwurf/" + ID).header("HX-Request", "true").with(as("manager")))
                .andExpect(header().string("HX-Redirect", "/berichte/" + ID));
        mvc.perform(get("/berichte/entwurf/r-2").with(as("manager")))
                .andExpect(redirectedUrl("/berichte#neuer-bericht"))
                .andExpect(flash().attribute(
                                "draftError", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString())));
    }

    @Test
    void showsTheMeasuresOfTheLandsOverviewWithWhatWasNotRecorded() throws Exception {
        when(statusReports.get(ID)).thenReturn(invkgReport());

        String page = page("/berichte/" + ID, "auditor");

        assertThat(page)
                .contains("Bericht nach § 8 InvKG", "1. Halbjahr 2026", "01.10.2026", "Verwaltungsvereinbarung")
                .contains("IB-A-1", "Stadt Hettstedt", "Nr. 2: Verkehr", "900,00\u00a0€", "90\u00a0%")
                .contains("nicht erfasst", "(1 mit fehlenden Angaben)")
                .contains("Maßnahmen nach § 8 InvKG als CSV");
    }

    @Test
    void previewsTheReportWithTheTitleAsPlainTextAndOffersAssessmentAndPublishing() throws Exception {
        String page = page("/berichte/" + ID, "manager");

        assertThat(page)
                .contains("Gesamtstatus", "msh-light--RED", "Ein Phasentor ist versäumt.")
                .contains("=HYPERLINK(&quot;x&quot;) &lt;b&gt;MSH₂&lt;/b&gt;")
                .doesNotContain("<b>MSH₂</b>")
                .contains("7.500,00\u00a0€", "Förderbescheid", "Phasentor", "versäumt")
                .contains("Einschätzung speichern", "Bericht veröffentlichen")
                .contains("/berichte/r-1/dateien/projekte.csv", "Excel-Arbeitsmappe", "PDF, barrierefrei (PDF/UA)")
                .contains("msh.funding.events, Partition 0: bis Position 42");
    }

    @Test
    void aPublishedReportOffersNoChangesAndARefusalIsExplainedInGerman() throws Exception {
        when(statusReports.get(ID)).thenReturn(report("PUBLISHED"));
        when(statusReports.assess(eq(ID), any(), anyString()))
                .thenThrow(new ServiceProblem("reporting", 409, "report-published", "published", List.of()));

        assertThat(page("/berichte/" + ID, "manager")).doesNotContain("Einschätzung speichern");
        mvc.perform(post("/berichte/" + ID + "/einschaetzung")
                        .param("einschaetzung", "später")
                        .param("revision", "2")
                        .param("idempotencyKey", "key-3")
                        .with(as("manager"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/berichte/" + ID))
                .andExpect(
                        flash().attribute("stepError", "Der Bericht ist veröffentlicht und ändert sich nicht mehr."));
    }

    @Test
    void passesAFileThroughWithItsNameAndRefusesNamesItDoesNotKnow() throws Exception {
        when(statusReports.file(ID, "projekte.csv"))
                .thenReturn(ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statusbericht.csv\"")
                        .body("Kürzel;Projekt\r\n".getBytes(StandardCharsets.UTF_8)));

        mvc.perform(get("/berichte/" + ID + "/dateien/projekte.csv").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(
                        header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statusbericht.csv\""));
        mvc.perform(get("/berichte/" + ID + "/dateien/geheim.txt").with(as("auditor")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyWritersMayDraft() throws Exception {
        mvc.perform(post("/berichte")
                        .param("umfang", "PORTFOLIO")
                        .param("idempotencyKey", "key-4")
                        .with(as("finance"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private String page(String path, String role) throws Exception {
        return mvc.perform(get(path).with(as(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static ReportDraftsClient.Progress running(String id) {
        return new ReportDraftsClient.Progress(id, "RUNNING", "QUEUED", "Wartet", 0, 0, null, null, null);
    }

    static StatusReportsClient.Report invkgReport() {
        var measureA = new StatusReportsClient.MeasureLine(
                "INV-A: Mobilitätsstation",
                "COMPLETED",
                "IB-A-1",
                "Stadt Hettstedt",
                2,
                "Verkehr",
                new BigDecimal("1000.00"),
                new BigDecimal("900.00"),
                new BigDecimal("0.9"),
                new BigDecimal("100.00"),
                LocalDate.of(2026, 5, 15),
                new BigDecimal("500.00"),
                new BigDecimal("300.00"),
                new BigDecimal("880.00"),
                LocalDate.of(2026, 2, 1));
        var measureB = new StatusReportsClient.MeasureLine(
                "INV-B: Radweg",
                "COMPLETED",
                "IB-B-1",
                null,
                null,
                null,
                null,
                new BigDecimal("1800.00"),
                null,
                null,
                LocalDate.of(2026, 5, 15),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                null,
                null);
        var invkg = new StatusReportsClient.Invkg(
                "2026-H1",
                "1. Halbjahr 2026",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 10, 1),
                List.of("Die genaue Form der Übersicht nach der Verwaltungsvereinbarung liegt nicht vor."),
                "Als abgeschlossen gilt …",
                List.of(
                        new StatusReportsClient.AreaLine(
                                2,
                                "Verkehr",
                                1,
                                new BigDecimal("1000.00"),
                                new BigDecimal("900.00"),
                                new BigDecimal("100.00"),
                                new BigDecimal("500.00"),
                                new BigDecimal("880.00"),
                                0),
                        new StatusReportsClient.AreaLine(
                                null,
                                "nicht erfasst",
                                1,
                                BigDecimal.ZERO,
                                new BigDecimal("1800.00"),
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                BigDecimal.ZERO,
                                1)),
                List.of(measureA, measureB));
        var plain = report("DRAFT");
        var c = plain.content();
        var content = new StatusReportsClient.Content(
                "Übersicht nach § 8 InvKG: abgeschlossene Maßnahmen, 1. Halbjahr 2026",
                c.on(),
                c.light(),
                c.reasons(),
                c.projects(),
                c.milestones(),
                c.money(),
                c.indicators(),
                1,
                1,
                invkg);
        return new StatusReportsClient.Report(
                ID,
                "DRAFT",
                plain.asOf(),
                POSITIONS,
                content,
                null,
                null,
                "manager",
                plain.createdAt(),
                null,
                null,
                List.of("pdf", "xlsx", "massnahmen.csv"),
                1);
    }

    static StatusReportsClient.Report report(String state) {
        var content = new StatusReportsClient.Content(
                "Statusbericht Projekt SR-1: " + HOSTILE,
                LocalDate.of(2026, 11, 30),
                "RED",
                List.of("Ein Phasentor ist versäumt."),
                List.of(new StatusReportsClient.ProjectStatus(
                        "p-1",
                        "SR-1",
                        HOSTILE,
                        "energie",
                        "APPROVED",
                        "Krause",
                        "RED",
                        List.of("Ein Phasentor ist versäumt."),
                        1,
                        1,
                        0,
                        MONEY)),
                List.of(new StatusReportsClient.MilestoneLine(
                        "p-1",
                        "SR-1: " + HOSTILE,
                        "Förderbescheid",
                        "PHASE_GATE",
                        LocalDate.of(2026, 11, 27),
                        LocalDate.of(2026, 11, 27),
                        null,
                        "versäumt",
                        0)),
                MONEY,
                List.of(),
                1,
                1,
                null);
        return new StatusReportsClient.Report(
                ID,
                state,
                Instant.parse("2026-11-30T10:00:00Z"),
                POSITIONS,
                content,
                null,
                null,
                "manager",
                Instant.parse("2026-11-30T10:00:01Z"),
                null,
                null,
                List.of("pdf", "xlsx", "projekte.csv", "meilensteine.csv", "indikatoren.csv"),
                1);
    }
}
