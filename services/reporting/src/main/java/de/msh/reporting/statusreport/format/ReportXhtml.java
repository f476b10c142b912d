package de.msh.reporting.statusreport.format;

import de.msh.reporting.statusreport.domain.ReportPosition;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.domain.StatusReportContent.IndicatorLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MilestoneLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.ProjectStatus;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A report as the XHTML the PDF is laid out from: headings, tables with header cells and captions, lists, the
 * document language and title, which the PDF's accessibility mode turns into its structure. Charts are bars drawn as
 * boxes inside tables, so each bar's figure is also read out as a cell. Every piece of text from people or services
 * is escaped.
 */
final class ReportXhtml {

    static final String FAMILY = "DejaVu Sans";
    private static final Locale GERMAN = Locale.GERMANY;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ReportXhtml() {}

    static String of(
            StatusReportContent c,
            List<ReportPosition> positions,
            @Nullable String assessment,
            @Nullable String risks) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(c.title()))
                .append("</title><meta name=\"subject\" content=\"Statusbericht, Stichtag ")
                .append(day(c.on()))
                .append("\"/><meta name=\"author\" content=\"Strukturwandel Mansfeld-Südharz\"/><style>")
                .append(STYLE)
                .append("</style></head><body>");
        h.append("<h1>").append(esc(c.title())).append("</h1>");
        h.append("<p>Stichtag: ")
                .append(day(c.on()))
                .append(". Gesamtstatus: <strong>")
                .append(c.light().label())
                .append("</strong>.</p>");
        if (!c.reasons().isEmpty()) {
            h.append("<ul>");
            c.reasons().forEach(reason -> h.append("<li>").append(esc(reason)).append("</li>"));
            h.append("</ul>");
        }
        h.append("<h2>Einschätzung der Leitung</h2><p>")
                .append(assessment == null ? "Keine Einschätzung." : esc(assessment))
                .append("</p><h2>Risiken</h2><p>")
                .append(risks == null ? "Keine Risiken genannt." : esc(risks))
                .append("</p>");
        phases(h, c.projects());
        money(h, c.money());
        projects(h, c.projects());
        milestones(h, c.milestones());
        indicators(h, c.indicators());
        h.append("<h2>Datenstand</h2><p>Die Zahlen enthalten genau die Ereignisse vor diesen Positionen. ")
                .append("Masterplan-Katalog Version ")
                .append(c.catalogueVersion())
                .append(", Ampelregeln Version ")
                .append(c.rulesVersion())
                .append(".</p><ul>");
        positions.forEach(p -> h.append("<li>")
                .append(esc(p.topic()))
                .append(", Partition ")
                .append(p.partition())
                .append(": bis Position ")
                .append(p.offset())
                .append("</li>"));
        return h.append("</ul></body></html>").toString();
    }

    private static void phases(StringBuilder h, List<ProjectStatus> projects) {
        Map<String, Integer> byPhase = new LinkedHashMap<>();
        Cells.PHASES.keySet().stream()
                .sorted(java.util.Comparator.comparing(PHASE_ORDER::indexOf))
                .forEach(phase -> byPhase.put(phase, 0));
        projects.forEach(p -> byPhase.merge(p.phase() == null ? "" : p.phase(), 1, Integer::sum));
        int most = byPhase.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        h.append("<h2>Portfolio nach Phase</h2><table><caption>Projekte je Phase (Balken: Anzahl)</caption>")
                .append("<thead><tr><th scope=\"col\">Phase</th><th scope=\"col\" class=\"n\">Projekte</th>")
                .append("<th scope=\"col\">Anteil</th></tr></thead><tbody>");
        byPhase.forEach((phase, count) -> {
            if (phase.isEmpty() && count == 0) {
                return;
            }
            h.append("<tr><th scope=\"row\">")
                    .append(esc(phase.isEmpty() ? "ohne Phase" : Cells.phase(phase)))
                    .append("</th><td class=\"n\">")
                    .append(count)
                    .append("</td><td>")
                    .append(bar(count, most))
                    .append("</td></tr>");
        });
        h.append("</tbody></table>");
    }

    private static void money(StringBuilder h, StatusReportContent.Money m) {
        Map<String, BigDecimal> rows = new LinkedHashMap<>();
        rows.put("Bewilligt", m.granted());
        rows.put("Abgerufen", m.called());
        rows.put("Eingegangen", m.received());
        rows.put("Weitergeleitet", m.passedOn());
        rows.put("Nachgewiesen", m.proven());
        rows.put("Offen (bewilligt, nicht abgerufen)", m.open());
        BigDecimal most = rows.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        h.append("<h2>Mittel</h2><table><caption>Mittel in Euro (Balken: Anteil am größten Betrag)</caption>")
                .append("<thead><tr><th scope=\"col\">Stand</th><th scope=\"col\" class=\"n\">Betrag</th>")
                .append("<th scope=\"col\">Anteil</th></tr></thead><tbody>");
        rows.forEach((name, amount) -> h.append("<tr><th scope=\"row\">")
                .append(name)
                .append("</th><td class=\"n\">")
                .append(euro(amount))
                .append("</td><td>")
                .append(bar(amount.doubleValue(), most.doubleValue()))
                .append("</td></tr>"));
        h.append("</tbody></table>");
    }

    private static void projects(StringBuilder h, List<ProjectStatus> projects) {
        h.append("<h2>Projekte</h2>");
        if (projects.isEmpty()) {
            h.append("<p>Keine Projekte in diesem Umfang.</p>");
            return;
        }
        h.append("<table><caption>Projekte mit Phase, Ampel, Meilensteinen und Mitteln</caption><thead><tr>")
                .append(headers(
                        "Projekt", "Phase", "Leitung", "Ampel", "versäumt", "gefährdet", "Bewilligt", "Abgerufen"))
                .append("</tr></thead><tbody>");
        for (ProjectStatus p : projects) {
            h.append("<tr><th scope=\"row\">")
                    .append(esc(p.code() == null ? p.projectId() : p.code() + ": " + p.title()))
                    .append("</th><td>")
                    .append(esc(Cells.phase(p.phase())))
                    .append("</td><td>")
                    .append(esc(p.projectManager() == null ? "–" : p.projectManager()))
                    .append("</td><td>")
                    .append(p.light().label())
                    .append("</td><td class=\"n\">")
                    .append(p.missed())
                    .append("</td><td class=\"n\">")
                    .append(p.atRisk())
                    .append("</td><td class=\"n\">")
                    .append(euro(p.money().granted()))
                    .append("</td><td class=\"n\">")
                    .append(euro(p.money().called()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static void milestones(StringBuilder h, List<MilestoneLine> milestones) {
        h.append("<h2>Termine</h2>");
        if (milestones.isEmpty()) {
            h.append("<p>Keine versäumten oder gefährdeten Meilensteine.</p>");
            return;
        }
        h.append("<table><caption>Meilensteine mit Verschiebung gegenüber dem Basisplan</caption><thead><tr>")
                .append(headers("Meilenstein", "Projekt", "Art", "Basisplan", "Prognose", "Stand", "Tage"))
                .append("</tr></thead><tbody>");
        for (MilestoneLine m : milestones) {
            h.append("<tr><th scope=\"row\">")
                    .append(esc(m.title()))
                    .append("</th><td>")
                    .append(esc(m.project() == null ? m.projectId() : m.project()))
                    .append("</td><td>")
                    .append(esc(Cells.kind(m.kind())))
                    .append("</td><td>")
                    .append(day(m.baselineOn()))
                    .append("</td><td>")
                    .append(day(m.forecastOn()))
                    .append("</td><td>")
                    .append(esc(m.status()))
                    .append("</td><td class=\"n\">")
                    .append(m.slippageDays())
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static void indicators(StringBuilder h, List<IndicatorLine> indicators) {
        h.append("<h2>Beitrag zum Masterplan 2038</h2>");
        if (indicators.isEmpty()) {
            h.append("<p>Keine Indikatoren in diesem Umfang.</p>");
            return;
        }
        h.append("<table><caption>Indikatoren mit Prognose</caption><thead><tr>")
                .append(headers("Indikator", "Ausgangswert", "Aktueller Wert", "Ziel 2038", "Bewertung"))
                .append("</tr></thead><tbody>");
        for (IndicatorLine i : indicators) {
            h.append("<tr><th scope=\"row\">")
                    .append(esc(i.name() + " (" + i.unit() + ")"))
                    .append("</th><td class=\"n\">")
                    .append(number(i.baselineValue()))
                    .append("</td><td class=\"n\">")
                    .append(number(i.value()))
                    .append("</td><td class=\"n\">")
                    .append(number(i.target2038()))
                    .append("</td><td>")
                    .append(esc(i.assessment()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static String headers(String... names) {
        StringBuilder row = new StringBuilder();
        for (String name : names) {
            row.append("<th scope=\"col\">").append(name).append("</th>");
        }
        return row.toString();
    }

    // a box as wide as the share; its figure stands in the cell before, so the bar itself is decoration
    private static String bar(double value, double most) {
        int width = most <= 0 ? 0 : (int) Math.round(100 * value / most);
        return "<div class=\"bar\" style=\"width: " + Math.max(width, 0) + "%\"></div>";
    }

    private static String euro(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(GERMAN));
        return format.format(amount) + " €";
    }

    private static String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "–";
        }
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(GERMAN)).format(value);
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** XML-escaped, so text from people can never become markup. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids are dropped rather than failing the whole report
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final List<String> PHASE_ORDER = List.of(
            "IDEA", "CONCEPT", "APPLICATION", "APPROVED", "IMPLEMENTATION", "COMPLETED", "ON_HOLD", "CANCELLED");

    private static final String STYLE = "@page { size: A4; margin: 18mm 16mm; }"
            + " body { font-family: '" + FAMILY + "'; font-size: 9.5pt; color: #111; }"
            + " h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; }"
            + " table { width: 100%; border-collapse: collapse; margin-bottom: 8pt; }"
            + " caption { text-align: left; font-weight: bold; padding: 2pt 0; }"
            + " th, td { border-bottom: 0.5pt solid #999; padding: 2pt 3pt; text-align: left; vertical-align: top; }"
            + " .n { text-align: right; } .bar { height: 8pt; background-color: #1d4ed8; }";
}
