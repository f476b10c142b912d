package de.msh.reporting.statusreport.format;

import de.msh.reporting.statusreport.domain.ReportPosition;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.domain.StatusReportContent.IndicatorLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MilestoneLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.ProjectStatus;
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
 * A report as an Excel workbook, one sheet per view: Überblick, Projekte, Meilensteine, Indikatoren. Numbers are
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
            projects(book.createSheet("Projekte"), styles, content.projects());
            milestones(book.createSheet("Meilensteine"), styles, content.milestones());
            indicators(book.createSheet("Indikatoren"), styles, content.indicators());
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

    private static void projects(Sheet sheet, Styles styles, List<ProjectStatus> projects) {
        header(
                sheet,
                styles,
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
                "Offen (EUR)");
        int r = 1;
        for (ProjectStatus p : projects) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(Cells.text(p.code()));
            row.createCell(1).setCellValue(Cells.text(p.title()));
            row.createCell(2).setCellValue(Cells.text(p.strategicField()));
            row.createCell(3).setCellValue(Cells.phase(p.phase()));
            row.createCell(4).setCellValue(Cells.text(p.projectManager()));
            row.createCell(5).setCellValue(p.light().label());
            row.createCell(6).setCellValue(Cells.text(String.join(" | ", p.reasons())));
            row.createCell(7).setCellValue(p.milestones());
            row.createCell(8).setCellValue(p.missed());
            row.createCell(9).setCellValue(p.atRisk());
            euro(row, 10, styles, p.money().granted());
            euro(row, 11, styles, p.money().called());
            euro(row, 12, styles, p.money().received());
            euro(row, 13, styles, p.money().passedOn());
            euro(row, 14, styles, p.money().proven());
            euro(row, 15, styles, p.money().open());
        }
    }

    private static void milestones(Sheet sheet, Styles styles, List<MilestoneLine> milestones) {
        header(
                sheet,
                styles,
                "Projekt",
                "Meilenstein",
                "Art",
                "Basisplan",
                "Prognose",
                "Erreicht am",
                "Stand",
                "Verschiebung (Tage)");
        int r = 1;
        for (MilestoneLine m : milestones) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(Cells.text(m.project()));
            row.createCell(1).setCellValue(Cells.text(m.title()));
            row.createCell(2).setCellValue(Cells.kind(m.kind()));
            date(row, 3, styles, m.baselineOn());
            date(row, 4, styles, m.forecastOn());
            if (m.achievedOn() != null) {
                date(row, 5, styles, m.achievedOn());
            }
            row.createCell(6).setCellValue(m.status());
            row.createCell(7).setCellValue(m.slippageDays());
        }
    }

    private static void indicators(Sheet sheet, Styles styles, List<IndicatorLine> indicators) {
        header(
                sheet,
                styles,
                "Themenfeld",
                "Indikator",
                "Einheit",
                "Ausgangswert",
                "Aktueller Wert",
                "Ziel 2038",
                "Bewertung",
                "Ziel 2038 erreicht (Trend)");
        int r = 1;
        for (IndicatorLine i : indicators) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(Cells.text(i.field()));
            row.createCell(1).setCellValue(Cells.text(i.name()));
            row.createCell(2).setCellValue(Cells.text(i.unit()));
            number(row, 3, styles, i.baselineValue());
            number(row, 4, styles, i.value());
            if (i.target2038() != null) {
                number(row, 5, styles, i.target2038());
            }
            row.createCell(6).setCellValue(i.assessment());
            if (i.reachesFinalTargetIn() != null) {
                row.createCell(7).setCellValue(i.reachesFinalTargetIn());
            }
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
        }
    }
}
