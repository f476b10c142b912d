package de.msh.reporting.statusreport.format;

import de.msh.reporting.statusreport.domain.InvkgOverview;
import de.msh.reporting.statusreport.domain.ReportPosition;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A report as an Excel workbook, one sheet per view: Überblick, Projekte, Meilensteine, Mittel je Jahr,
 * Indikatoren, and for a report under § 8 InvKG its measures and their sums per investment area. Numbers are
 * numbers with formats (euros to the cent, days as dates), never text; each sheet's header row is frozen. Text goes
 * in as text, and text that could start a formula is neutralised as in the CSV files. Written in streaming mode, so
 * a portfolio of thousands of projects needs little memory.
 */
public final class XlsxReport {

    private XlsxReport() {}

    /** The figures and what the manager wrote ({@code assessment}, {@code risks}: absent until they write it). */
    public static byte[] write(
            StatusReportContent content,
            List<ReportPosition> positions,
            @Nullable String assessment,
            @Nullable String risks) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(book);
            overview(book.createSheet("Überblick"), styles, content, positions, assessment, risks);
            for (Views.View view : List.of(
                    Views.projects(content),
                    Views.milestones(content),
                    Views.moneyByYear(content),
                    Views.indicators(content))) {
                table(book.createSheet(view.sheet()), styles, view);
            }
            if (content.invkg() != null) {
                table(book.createSheet("Maßnahmen § 8 InvKG"), styles, Views.invkgMeasures(content));
                table(book.createSheet("Investitionsbereiche"), styles, Views.invkgAreas(content));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook could not be written", e);
        }
    }

    private static void overview(
            Sheet sheet,
            Styles styles,
            StatusReportContent content,
            List<ReportPosition> positions,
            @Nullable String assessment,
            @Nullable String risks) {
        int r = 0;
        label(sheet.createRow(r++), styles, "Bericht", Cells.text(content.title()));
        Row on = sheet.createRow(r++);
        on.createCell(0).setCellValue("Stichtag");
        date(on, 1, styles, content.on());
        label(sheet.createRow(r++), styles, "Ampel", content.light().label());
        label(sheet.createRow(r++), styles, "Gründe", Cells.text(String.join(" | ", content.reasons())));
        label(sheet.createRow(r++), styles, "Einschätzung", Cells.text(assessment));
        label(sheet.createRow(r++), styles, "Risiken", Cells.text(risks));
        r++;
        InvkgOverview invkg = content.invkg();
        if (invkg != null) {
            label(sheet.createRow(r++), styles, "Berichtszeitraum", invkg.label());
            Row from = sheet.createRow(r++);
            from.createCell(0).setCellValue("vom");
            date(from, 1, styles, invkg.from());
            Row to = sheet.createRow(r++);
            to.createCell(0).setCellValue("bis");
            date(to, 1, styles, invkg.to());
            Row due = sheet.createRow(r++);
            due.createCell(0).setCellValue("Fällig zum");
            date(due, 1, styles, invkg.dueOn());
            for (String note : invkg.notes()) {
                label(sheet.createRow(r++), styles, "Hinweis", note);
            }
            label(sheet.createRow(r++), styles, "Abschluss", invkg.completion());
            label(sheet.createRow(r++), styles, "Zeitraum", invkg.periodSource());
            label(sheet.createRow(r++), styles, "Referenzdaten § 8, Version", String.valueOf(invkg.referenceVersion()));
            r++;
        }
        StatusReportContent.Money money = content.money();
        String[] names = {"Bewilligt", "Abgerufen", "Eingegangen", "Weitergeleitet", "Nachgewiesen", "Offen"};
        BigDecimal[] values = {
            money.granted(), money.called(), money.received(), money.passedOn(), money.proven(), money.open()
        };
        for (int i = 0; i < names.length; i++) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(names[i] + " (EUR)");
            euro(row, 1, styles, values[i]);
        }
        r++;
        label(sheet.createRow(r++), styles, "Masterplan-Katalog, Version", String.valueOf(content.catalogueVersion()));
        label(sheet.createRow(r++), styles, "Ampelregeln, Version", String.valueOf(content.rulesVersion()));
        Row header = sheet.createRow(r++);
        header.createCell(0).setCellValue("Ereignisse bis (Thema, Partition)");
        header.createCell(1).setCellValue("Position");
        for (ReportPosition position : positions) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(position.topic() + ", " + position.partition());
            row.createCell(1).setCellValue(position.offset());
        }
        sheet.setColumnWidth(0, 36 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    private static void table(Sheet sheet, Styles styles, Views.View view) {
        header(sheet, styles, view.headers().toArray(String[]::new));
        int r = 1;
        for (List<Views.Cell> cells : view.rows()) {
            Row row = sheet.createRow(r++);
            for (int column = 0; column < cells.size(); column++) {
                cell(row, column, styles, cells.get(column));
            }
        }
    }

    // numbers as numbers with their formats; a missing day or number leaves the cell empty
    private static void cell(Row row, int column, Styles styles, Views.Cell cell) {
        if (cell instanceof Views.Euros e) {
            euro(row, column, styles, e.value());
        } else if (cell instanceof Views.Count c) {
            row.createCell(column).setCellValue(c.value());
        } else if (cell instanceof Views.Day d) {
            if (d.value() != null) {
                date(row, column, styles, d.value());
            }
        } else if (cell instanceof Views.Percent p) {
            if (p.share() != null) {
                var percent = row.createCell(column);
                percent.setCellValue(p.share().doubleValue());
                percent.setCellStyle(styles.percent);
            }
        } else if (cell instanceof Views.Decimal n) {
            if (n.value() != null) {
                number(row, column, styles, n.value());
            }
        } else {
            row.createCell(column).setCellValue(Cells.text(((Views.Text) cell).value()));
        }
    }

    private static void header(Sheet sheet, Styles styles, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.max(12, names[i].length() + 4) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void label(Row row, Styles styles, String name, String value) {
        var cell = row.createCell(0);
        cell.setCellValue(name);
        cell.setCellStyle(styles.header);
        row.createCell(1).setCellValue(value);
    }

    // Excel holds numbers as binary doubles: exact to the cent for any amount below 10^13 euros
    private static void euro(Row row, int column, Styles styles, BigDecimal amount) {
        var cell = row.createCell(column);
        cell.setCellValue(amount.doubleValue());
        cell.setCellStyle(styles.euro);
    }

    private static void number(Row row, int column, Styles styles, BigDecimal value) {
        var cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(styles.number);
    }

    private static void date(Row row, int column, Styles styles, LocalDate day) {
        var cell = row.createCell(column);
        cell.setCellValue(day);
        cell.setCellStyle(styles.date);
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle euro;
        final CellStyle number;
        final CellStyle date;
        final CellStyle percent;

        Styles(SXSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            var formats = book.createDataFormat();
            euro = book.createCellStyle();
            euro.setDataFormat(formats.getFormat("#,##0.00 \"€\""));
            number = book.createCellStyle();
            number.setDataFormat(formats.getFormat("#,##0.###"));
            date = book.createCellStyle();
            date.setDataFormat(formats.getFormat("dd.mm.yyyy"));
            percent = book.createCellStyle();
            percent.setDataFormat(formats.getFormat("0.00%"));
        }
    }
}
