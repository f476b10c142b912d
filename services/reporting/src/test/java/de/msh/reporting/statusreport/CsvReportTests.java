package de.msh.reporting.statusreport;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.reporting.statusreport.domain.Light;
import de.msh.reporting.statusreport.domain.ReportFormat;
import de.msh.reporting.statusreport.domain.ReportScope;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.format.CsvReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportTests {

    static final StatusReportContent.Money MONEY = new StatusReportContent.Money(
            new BigDecimal("1234567.89"),
            new BigDecimal("0.50"),
            BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2),
            new BigDecimal("1234567.39"));

    @Test
    void writesWhatExcelInGermanyOpensWithFormulasNeutralisedAndFieldsQuotedAsRfc4180Says() {
        var content = content("=HYPERLINK(\"http://x\";\"klick\") <b>MSH₂</b>", List.of("Grund; mit \"Zitat\""));

        byte[] bytes = CsvReport.write(ReportFormat.CSV_PROJECTS, content);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n", -1);
        assertThat(lines).hasSize(3); // header, one project, and the empty rest after the last CRLF
        assertThat(lines[0]).startsWith("Kürzel;Projekt;Themenfeld;Phase;");
        assertThat(lines[1])
                .startsWith("P-1;\"'=HYPERLINK(\"\"http://x\"\";\"\"klick\"\") <b>MSH₂</b>\";energie;Umsetzung;")
                .contains(";rot;\"Grund; mit \"\"Zitat\"\"\";")
                .endsWith(";1234567,89;0,50;0,00;0,00;0,00;1234567,39");
    }

    @Test
    void neutralisesEveryLeadingCharacterThatStartsAFormula() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            String text = new String(
                    CsvReport.write(ReportFormat.CSV_PROJECTS, content(start + "1+1", List.of())),
                    StandardCharsets.UTF_8);
            assertThat(text).as("title starting with %s", start.codePointAt(0)).contains("'" + start + "1+1");
        }
    }

    static StatusReportContent content(String title, List<String> reasons) {
        var project = new StatusReportContent.ProjectStatus(
                "p-1", "P-1", title, "energie", "IMPLEMENTATION", "Krause", Light.RED, reasons, 3, 1, 0, MONEY);
        return new StatusReportContent(
                "Statusbericht",
                ReportScope.portfolio(),
                LocalDate.of(2026, 11, 30),
                Light.RED,
                reasons,
                List.of(project),
                List.of(),
                MONEY,
                List.of(),
                List.of(),
                1,
                1);
    }
}
