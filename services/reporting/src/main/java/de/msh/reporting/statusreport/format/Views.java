package de.msh.reporting.statusreport.format;

import de.msh.reporting.statusreport.domain.InvkgOverview;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.domain.StatusReportContent.IndicatorLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MilestoneLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.ProjectStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report's tables as both the CSV files and the Excel sheets write them: the same columns, in German, with each
 * cell typed (text, euros, a count, a day, a number), so the two formats cannot drift apart.
 */
final class Views {

    /** A cell's value; each format writes each kind its own way. */
    sealed interface Cell {}

    /** Text, neutralised by every writer ({@link Cells#text}). */
    record Text(@Nullable String value) implements Cell {}

    record Euros(BigDecimal value) implements Cell {}

    record Count(long value) implements Cell {}

    record Day(@Nullable LocalDate value) implements Cell {}

    record Decimal(@Nullable BigDecimal value) implements Cell {}

    /** A share (0.9 = 90 %). */
    record Percent(@Nullable BigDecimal share) implements Cell {}

    /** One table: its sheet name, its German headers, its rows. */
    record View(String sheet, List<String> headers, List<List<Cell>> rows) {}

    private Views() {}

    static View projects(StatusReportContent content) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ProjectStatus p : content.projects()) {
            rows.add(List.of(
                    new Text(p.code()),
                    new Text(p.title()),
                    new Text(p.strategicField()),
                    new Text(Cells.phase(p.phase())),
                    new Text(p.projectManager()),
                    new Text(p.light().label()),
                    new Text(String.join(" | ", p.reasons())),
                    new Count(p.milestones()),
                    new Count(p.missed()),
                    new Count(p.atRisk()),
                    new Euros(p.money().granted()),
                    new Euros(p.money().called()),
                    new Euros(p.money().received()),
                    new Euros(p.money().passedOn()),
                    new Euros(p.money().proven()),
                    new Euros(p.money().open())));
        }
        return new View(
                "Projekte",
                List.of(
                        "Kürzel",
                        "Projekt",
                        "Themenfeld",
                        "Phase",
                        "Projektleitung",
                        "Ampel",
                        "Gründe",
                        "Meilensteine",
                        "versäumt",
                        "gefährdet",
                        "Bewilligt (EUR)",
                        "Abgerufen (EUR)",
                        "Eingegangen (EUR)",
                        "Weitergeleitet (EUR)",
                        "Nachgewiesen (EUR)",
                        "Offen (EUR)"),
                rows);
    }

    static View milestones(StatusReportContent content) {
        List<List<Cell>> rows = new ArrayList<>();
        for (MilestoneLine m : content.milestones()) {
            rows.add(List.of(
                    new Text(m.project()),
                    new Text(m.title()),
                    new Text(Cells.kind(m.kind())),
                    new Day(m.baselineOn()),
                    new Day(m.forecastOn()),
                    new Day(m.achievedOn()),
                    new Text(m.status()),
                    new Count(m.slippageDays())));
        }
        return new View(
                "Meilensteine",
                List.of(
                        "Projekt",
                        "Meilenstein",
                        "Art",
                        "Basisplan",
                        "Prognose",
                        "Erreicht am",
                        "Stand",
                        "Verschiebung (Tage)"),
                rows);
    }

    static View moneyByYear(StatusReportContent content) {
        List<List<Cell>> rows = new ArrayList<>();
        for (StatusReportContent.MoneyYear year : content.moneyByYear()) {
            rows.add(List.of(
                    new Count(year.year()),
                    new Euros(year.called()),
                    new Euros(year.received()),
                    new Euros(year.passedOn()),
                    new Euros(year.proven())));
        }
        return new View(
                "Mittel je Jahr",
                List.of("Jahr", "Abgerufen (EUR)", "Eingegangen (EUR)", "Weitergeleitet (EUR)", "Nachgewiesen (EUR)"),
                rows);
    }

    static View indicators(StatusReportContent content) {
        List<List<Cell>> rows = new ArrayList<>();
        for (IndicatorLine i : content.indicators()) {
            rows.add(List.of(
                    new Text(i.field()),
                    new Text(i.name()),
                    new Text(i.unit()),
                    new Decimal(i.baselineValue()),
                    new Decimal(i.value()),
                    new Decimal(i.target2038()),
                    new Text(i.assessment()),
                    i.reachesFinalTargetIn() == null ? new Text(null) : new Count(i.reachesFinalTargetIn())));
        }
        return new View(
                "Indikatoren",
                List.of(
                        "Themenfeld",
                        "Indikator",
                        "Einheit",
                        "Ausgangswert",
                        "Aktueller Wert",
                        "Ziel 2038",
                        "Bewertung",
                        "Ziel 2038 erreicht (Trend)"),
                rows);
    }

    /** The measures of a report under § 8 InvKG, in the columns the reference data names; none for other reports. */
    static View invkgMeasures(StatusReportContent content) {
        InvkgOverview overview = content.invkg();
        if (overview == null) {
            return new View("Maßnahmen § 8 InvKG", List.of(), List.of());
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (InvkgOverview.MeasureLine m : overview.measures()) {
            List<Cell> row = new ArrayList<>();
            for (InvkgOverview.Column column : overview.columns()) {
                row.add(measureCell(column.key(), m));
            }
            rows.add(row);
        }
        return new View(
                "Maßnahmen § 8 InvKG",
                overview.columns().stream().map(InvkgOverview.Column::label).toList(),
                rows);
    }

    /** A measure's value of a column; a missing amount or rate says so rather than standing empty like a zero. */
    static Cell measureCell(String key, InvkgOverview.MeasureLine m) {
        return switch (key) {
            case "measure" -> new Text(m.measure() == null ? m.projectId() : m.measure());
            case "fileNumber" -> new Text(m.fileNumber());
            case "recipient" -> new Text(m.recipient() == null ? InvkgOverview.NOT_RECORDED : m.recipient());
            case "investmentArea" ->
                new Text(
                        m.area() == null
                                ? InvkgOverview.NOT_RECORDED
                                : m.areaNumber() == null ? m.area() : "Nr. " + m.areaNumber() + ": " + m.area());
            case "eligibleCosts" -> euros(m.eligibleCosts());
            case "federalAmount" -> euros(m.federalAmount());
            case "rate" -> m.rate() == null ? new Text(InvkgOverview.NOT_RECORDED) : new Percent(m.rate());
            case "coFinancing" -> euros(m.coFinancing());
            case "completedOn" -> new Day(m.completedOn());
            case "received" -> new Euros(m.received());
            case "disbursed" -> new Euros(m.disbursed());
            case "used" ->
                m.used() != null
                        ? new Euros(m.used())
                        : new Text(m.proofAcceptedOn() == null ? "kein Schlussnachweis" : InvkgOverview.NOT_RECORDED);
            case "proofAcceptedOn" -> new Day(m.proofAcceptedOn());
            default -> throw new IllegalArgumentException("No column " + key);
        };
    }

    static View invkgAreas(StatusReportContent content) {
        List<List<Cell>> rows = new ArrayList<>();
        InvkgOverview overview = content.invkg();
        if (overview != null) {
            for (InvkgOverview.AreaLine a : overview.areas()) {
                rows.add(List.of(
                        a.number() == null ? new Text(null) : new Count(a.number()),
                        new Text(a.name()),
                        new Count(a.measures()),
                        new Euros(a.eligibleCosts()),
                        new Euros(a.federalAmount()),
                        new Euros(a.coFinancing()),
                        new Euros(a.received()),
                        new Euros(a.used()),
                        new Count(a.incomplete())));
            }
        }
        return new View(
                "Investitionsbereiche",
                List.of(
                        "Nr. (§ 4 Abs. 1 InvKG)",
                        "Investitionsbereich",
                        "Maßnahmen",
                        "Förderfähige Ausgaben (EUR)",
                        "Bundesanteil (EUR)",
                        "Kofinanzierung (EUR)",
                        "Bundesmittel ausgezahlt (EUR)",
                        "Bundesmittel verwendet (EUR)",
                        "Maßnahmen mit fehlenden Angaben"),
                rows);
    }

    private static Cell euros(@Nullable BigDecimal value) {
        return value == null ? new Text(InvkgOverview.NOT_RECORDED) : new Euros(value);
    }
}
