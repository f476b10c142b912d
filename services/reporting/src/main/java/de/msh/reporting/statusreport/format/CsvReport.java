package de.msh.reporting.statusreport.format;

import de.msh.reporting.statusreport.domain.ReportFormat;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.domain.StatusReportContent.IndicatorLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MilestoneLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.ProjectStatus;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report's views as CSV as Excel in Germany opens them: RFC 4180 quoting, {@code ;} between fields, CRLF line ends,
 * UTF-8 with a byte order mark (without it Excel reads the umlauts wrong), decimal commas without grouping, days as
 * {@code TT.MM.JJJJ}. Text that could start a formula is neutralised ({@link Cells#text}).
 */
public final class CsvReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvReport() {}

    public static byte[] write(ReportFormat format, StatusReportContent content) {
        List<List<String>> rows = switch (format) {
            case CSV_PROJECTS -> projects(content);
            case CSV_MILESTONES -> milestones(content);
            case CSV_INDICATORS -> indicators(content);
            case PDF, XLSX -> throw new IllegalArgumentException("not a CSV view: " + format);
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(';');
                }
                text.append(field(row.get(i)));
            }
            text.append("\r\n");
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** RFC 4180: a field with a separator, a quote or a line break is quoted, and its quotes doubled. */
    static String field(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static List<List<String>> projects(StatusReportContent content) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
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
                "Offen (EUR)"));
        for (ProjectStatus p : content.projects()) {
            rows.add(List.of(
                    Cells.text(p.code()),
                    Cells.text(p.title()),
                    Cells.text(p.strategicField()),
                    Cells.phase(p.phase()),
                    Cells.text(p.projectManager()),
                    p.light().label(),
                    Cells.text(String.join(" | ", p.reasons())),
                    String.valueOf(p.milestones()),
                    String.valueOf(p.missed()),
                    String.valueOf(p.atRisk()),
                    amount(p.money().granted()),
                    amount(p.money().called()),
                    amount(p.money().received()),
                    amount(p.money().passedOn()),
                    amount(p.money().proven()),
                    amount(p.money().open())));
        }
        return rows;
    }

    private static List<List<String>> milestones(StatusReportContent content) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "Projekt",
                "Meilenstein",
                "Art",
                "Basisplan",
                "Prognose",
                "Erreicht am",
                "Stand",
                "Verschiebung (Tage)"));
        for (MilestoneLine m : content.milestones()) {
            rows.add(List.of(
                    Cells.text(m.project()),
                    Cells.text(m.title()),
                    Cells.kind(m.kind()),
                    day(m.baselineOn()),
                    day(m.forecastOn()),
                    day(m.achievedOn()),
                    m.status(),
                    String.valueOf(m.slippageDays())));
        }
        return rows;
    }

    private static List<List<String>> indicators(StatusReportContent content) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "Themenfeld",
                "Indikator",
                "Einheit",
                "Ausgangswert",
                "Aktueller Wert",
                "Ziel 2038",
                "Bewertung",
                "Ziel 2038 erreicht (Trend)"));
        for (IndicatorLine i : content.indicators()) {
            rows.add(List.of(
                    Cells.text(i.field()),
                    Cells.text(i.name()),
                    Cells.text(i.unit()),
                    number(i.baselineValue()),
                    number(i.value()),
                    number(i.target2038()),
                    i.assessment(),
                    i.reachesFinalTargetIn() == null ? "" : String.valueOf(i.reachesFinalTargetIn())));
        }
        return rows;
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY)
                .toPlainString()
                .replace('.', ',');
    }

    private static String number(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String day(@Nullable LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
