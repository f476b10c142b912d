package de.msh.reporting.statusreport.format;

import de.msh.reporting.statusreport.domain.ReportFormat;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
        Views.View view = switch (format) {
            case CSV_PROJECTS -> Views.projects(content);
            case CSV_MILESTONES -> Views.milestones(content);
            case CSV_INDICATORS -> Views.indicators(content);
            case CSV_MEASURES -> Views.invkgMeasures(content);
            case PDF, XLSX -> throw new IllegalArgumentException("not a CSV view: " + format);
        };
        StringBuilder text = new StringBuilder();
        line(text, view.headers());
        for (List<Views.Cell> row : view.rows()) {
            line(text, row.stream().map(CsvReport::cell).toList());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
    }

    private static String cell(Views.Cell cell) {
        if (cell instanceof Views.Euros e) {
            return amount(e.value());
        }
        if (cell instanceof Views.Count c) {
            return String.valueOf(c.value());
        }
        if (cell instanceof Views.Day d) {
            return day(d.value());
        }
        if (cell instanceof Views.Decimal n) {
            return number(n.value());
        }
        if (cell instanceof Views.Percent p) {
            // as Excel in Germany reads a percentage: 90 %
            return p.share() == null ? "" : number(p.share().movePointRight(2)) + " %";
        }
        return Cells.text(((Views.Text) cell).value());
    }

    /** RFC 4180: a field with a separator, a quote or a line break is quoted, and its quotes doubled. */
    static String field(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
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
