package de.msh.reporting.statusreport.format;

import de.msh.reporting.statusreport.domain.InvkgOverview;
import de.msh.reporting.statusreport.domain.Light;
import de.msh.reporting.statusreport.domain.ReportPosition;
import de.msh.reporting.statusreport.domain.ReportScope;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.domain.StatusReportContent.IndicatorLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MilestoneLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.ProjectStatus;
import de.msh.reporting.statusreport.format.pdf.Flow;
import de.msh.reporting.statusreport.format.pdf.Table;
import de.msh.reporting.statusreport.format.pdf.Table.Column;
import de.msh.reporting.statusreport.format.pdf.TaggedPdf;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A report as a tagged PDF for screen readers (PDF/UA, as BITV 2.0 asks of public bodies' documents): headings,
 * tables with their header cells, lists and charts with their text alternative, in German, laid out by
 * {@link Flow} on {@link TaggedPdf}.
 */
public final class PdfReport {

    private static final List<String> PHASE_ORDER = List.of(
            "IDEA", "CONCEPT", "APPLICATION", "APPROVED", "IMPLEMENTATION", "COMPLETED", "ON_HOLD", "CANCELLED");

    private PdfReport() {}

    public static byte[] write(
            StatusReportContent c,
            List<ReportPosition> positions,
            @Nullable String assessment,
            @Nullable String risks) {
        String subject = c.invkg() == null
                ? "Statusbericht"
                : "Bericht nach § 8 InvKG, " + c.invkg().label();
        try (TaggedPdf pdf = new TaggedPdf(c.title(), subject + ", Stichtag " + PdfText.day(c.on()))) {
            Flow flow = new Flow(pdf);
            flow.heading(1, c.title());
            InvkgOverview invkg = c.invkg();
            if (invkg != null && c.scope().kind() == ReportScope.Kind.INVKG_HALF_YEAR) {
                // the overview the Land passes on: its measures, without the portfolio's status
                InvkgPdf.basis(flow, invkg, c.on());
                InvkgPdf.areas(flow, invkg);
                InvkgPdf.measures(flow, invkg);
                dataState(flow, c, positions);
                return pdf.toBytes();
            }
            if (invkg != null) {
                InvkgPdf.basis(flow, invkg, c.on());
            }
            flow.paragraph("Stichtag: " + PdfText.day(c.on()) + ". Gesamtstatus: "
                    + c.light().label() + ".");
            flow.list(c.reasons());
            flow.heading(2, "Einschätzung der Leitung");
            flow.paragraph(assessment == null ? "Keine Einschätzung." : assessment);
            flow.heading(2, "Risiken");
            flow.paragraph(risks == null ? "Keine Risiken genannt." : risks);
            phases(flow, c.projects());
            money(flow, c.money());
            moneyOverTime(flow, c);
            projects(flow, c.projects());
            milestones(flow, c.milestones());
            trends(flow, c);
            indicators(flow, c.indicators());
            if (invkg != null) {
                InvkgPdf.areas(flow, invkg);
                InvkgPdf.implementation(flow, invkg);
            }
            dataState(flow, c, positions);
            return pdf.toBytes();
        }
    }

    private static void dataState(Flow flow, StatusReportContent c, List<ReportPosition> positions) {
        flow.heading(2, "Datenstand");
        flow.paragraph("Die Zahlen enthalten genau die Ereignisse vor diesen Positionen. Masterplan-Katalog Version "
                + c.catalogueVersion() + ", Ampelregeln Version " + c.rulesVersion() + ".");
        flow.list(positions.stream()
                .map(p -> p.topic() + ", Partition " + p.partition() + ": bis Position " + p.offset())
                .toList());
    }

    private static void phases(Flow flow, List<ProjectStatus> projects) {
        Map<String, Integer> byPhase = new LinkedHashMap<>();
        PHASE_ORDER.stream().sorted(Comparator.comparing(PHASE_ORDER::indexOf)).forEach(p -> byPhase.put(p, 0));
        projects.forEach(p -> byPhase.merge(p.phase() == null ? "" : p.phase(), 1, Integer::sum));
        int most = byPhase.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        flow.heading(2, "Portfolio nach Phase");
        Table table = flow.table(
                "Projekte je Phase (Balken: Anzahl)",
                List.of(Column.text("Phase", 3), Column.number("Projekte", 1), Column.text("Anteil", 5)));
        int all = projects.size();
        byPhase.forEach((phase, count) -> {
            if (phase.isEmpty() && count == 0) {
                return;
            }
            table.row(
                    List.of(
                            phase.isEmpty() ? "ohne Phase" : Cells.phase(phase),
                            String.valueOf(count),
                            percent(count, all)),
                    most == 0 ? 0.0 : (double) count / most);
        });
        table.end();
    }

    private static void money(Flow flow, StatusReportContent.Money m) {
        Map<String, BigDecimal> rows = new LinkedHashMap<>();
        rows.put("Bewilligt", m.granted());
        rows.put("Abgerufen", m.called());
        rows.put("Eingegangen", m.received());
        rows.put("Weitergeleitet", m.passedOn());
        rows.put("Nachgewiesen", m.proven());
        rows.put("Offen (bewilligt, nicht abgerufen)", m.open());
        BigDecimal most = rows.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        flow.heading(2, "Mittel");
        Table table = flow.table(
                "Mittel in Euro (Balken: Anteil am größten Betrag)",
                List.of(Column.text("Stand", 3), Column.number("Betrag", 2), Column.text("Anteil", 4)));
        rows.forEach((name, amount) -> table.row(
                List.of(name, PdfText.euro(amount), percent(amount.doubleValue(), most.doubleValue())),
                most.signum() <= 0 ? 0.0 : amount.doubleValue() / most.doubleValue()));
        table.end();
    }

    private static void moneyOverTime(Flow flow, StatusReportContent c) {
        flow.heading(2, "Mittel über die Zeit");
        PdfCharts.money(flow, c.moneyByYear(), c.money().granted());
        if (c.moneyByYear().isEmpty()) {
            return;
        }
        Table table = flow.table(
                "Mittel je Kalenderjahr in Euro (nach dem Tag der Bewegung)",
                List.of(
                        Column.text("Jahr", 1),
                        Column.number("Abgerufen", 2),
                        Column.number("Eingegangen", 2),
                        Column.number("Weitergeleitet", 2),
                        Column.number("Nachgewiesen", 2)));
        for (StatusReportContent.MoneyYear year : c.moneyByYear()) {
            table.row(List.of(
                    String.valueOf(year.year()),
                    PdfText.euro(year.called()),
                    PdfText.euro(year.received()),
                    PdfText.euro(year.passedOn()),
                    PdfText.euro(year.proven())));
        }
        table.end();
    }

    /**
     * The milestone trend analysis: a project's report has its project's; a portfolio or field report has one for
     * each red project, over the milestones it lists (those missed or at risk).
     */
    private static void trends(Flow flow, StatusReportContent c) {
        Map<String, List<MilestoneLine>> byProject = new LinkedHashMap<>();
        c.milestones()
                .forEach(m -> byProject
                        .computeIfAbsent(m.projectId(), id -> new ArrayList<>())
                        .add(m));
        List<ProjectStatus> shown = c.projects().stream()
                .filter(p -> byProject.containsKey(p.projectId()))
                .filter(p -> c.scope().kind() == ReportScope.Kind.PROJECT || p.light() == Light.RED)
                .toList();
        if (shown.isEmpty()) {
            return;
        }
        flow.heading(2, "Meilenstein-Trendanalyse");
        flow.paragraph(
                c.scope().kind() == ReportScope.Kind.PROJECT
                        ? "Für jeden Meilenstein: an jedem Tag, an dem er geplant, verschoben oder erreicht wurde (waagerecht),"
                                + " der Tag, an dem er da erwartet wurde (senkrecht). Steigt eine Linie, rutscht der Termin;"
                                + " trifft sie die Diagonale, ist er erreicht."
                        : "Für jedes Projekt mit roter Ampel die versäumten und gefährdeten Meilensteine: an jedem Tag, an"
                                + " dem ein Termin geplant, verschoben oder erreicht wurde (waagerecht), der Tag, an dem er da"
                                + " erwartet wurde (senkrecht). Steigt eine Linie, rutscht der Termin.");
        for (ProjectStatus p : shown) {
            PdfCharts.trend(flow, p.name(), byProject.get(p.projectId()), c.on());
        }
    }

    private static void projects(Flow flow, List<ProjectStatus> projects) {
        flow.heading(2, "Projekte");
        if (projects.isEmpty()) {
            flow.paragraph("Keine Projekte in diesem Umfang.");
            return;
        }
        Table table = flow.table(
                "Projekte mit Phase, Ampel, Meilensteinen und Mitteln",
                List.of(
                        Column.text("Projekt", 4.2f),
                        Column.text("Phase", 2.4f),
                        Column.text("Leitung", 2),
                        Column.text("Ampel", 1.4f),
                        Column.number("versäumt", 1.8f),
                        Column.number("gefährdet", 1.9f),
                        Column.number("Bewilligt", 2.4f),
                        Column.number("Abgerufen", 2.4f)));
        for (ProjectStatus p : projects) {
            table.row(List.of(
                    p.name(),
                    Cells.phase(p.phase()),
                    p.projectManager() == null ? "–" : p.projectManager(),
                    p.light().label(),
                    String.valueOf(p.missed()),
                    String.valueOf(p.atRisk()),
                    PdfText.euro(p.money().granted()),
                    PdfText.euro(p.money().called())));
        }
        table.end();
    }

    private static void milestones(Flow flow, List<MilestoneLine> milestones) {
        flow.heading(2, "Termine");
        if (milestones.isEmpty()) {
            flow.paragraph("Keine versäumten oder gefährdeten Meilensteine.");
            return;
        }
        Table table = flow.table(
                "Meilensteine mit Verschiebung gegenüber dem Basisplan",
                List.of(
                        Column.text("Meilenstein", 4),
                        Column.text("Projekt", 3),
                        Column.text("Art", 1.8f),
                        Column.text("Basisplan", 1.6f),
                        Column.text("Prognose", 1.6f),
                        Column.text("Stand", 1.8f),
                        Column.number("Tage", 0.9f)));
        for (MilestoneLine m : milestones) {
            table.row(List.of(
                    m.title(),
                    m.project() == null ? m.projectId() : m.project(),
                    Cells.kind(m.kind()),
                    PdfText.day(m.baselineOn()),
                    PdfText.day(m.forecastOn()),
                    m.status(),
                    String.valueOf(m.slippageDays())));
        }
        table.end();
    }

    private static void indicators(Flow flow, List<IndicatorLine> indicators) {
        flow.heading(2, "Beitrag zum Masterplan 2038");
        if (indicators.isEmpty()) {
            flow.paragraph("Keine Indikatoren in diesem Umfang.");
            return;
        }
        Table table = flow.table(
                "Indikatoren mit Prognose",
                List.of(
                        Column.text("Indikator", 4),
                        Column.number("Ausgangswert", 1.8f),
                        Column.number("Aktueller Wert", 1.8f),
                        Column.number("Ziel 2038", 1.6f),
                        Column.text("Bewertung", 3)));
        for (IndicatorLine i : indicators) {
            table.row(List.of(
                    i.name() + " (" + i.unit() + ")",
                    PdfText.number(i.baselineValue()),
                    PdfText.number(i.value()),
                    PdfText.number(i.target2038()),
                    i.assessment()));
        }
        table.end();
        for (IndicatorLine i : indicators) {
            PdfCharts.indicator(flow, i);
        }
    }

    private static String percent(double value, double all) {
        return all <= 0 ? "0 %" : Math.round(100 * value / all) + " %";
    }
}
