package de.msh.bench.documents;

import de.msh.bench.Figure;
import de.msh.reporting.statusreport.domain.Light;
import de.msh.reporting.statusreport.domain.ReportFormat;
import de.msh.reporting.statusreport.domain.ReportPosition;
import de.msh.reporting.statusreport.domain.ReportScope;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.domain.StatusReportContent.DayValue;
import de.msh.reporting.statusreport.domain.StatusReportContent.IndicatorLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MilestoneLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.Money;
import de.msh.reporting.statusreport.domain.StatusReportContent.MoneyYear;
import de.msh.reporting.statusreport.domain.StatusReportContent.ProjectStatus;
import de.msh.reporting.statusreport.domain.StatusReportContent.TrendPoint;
import de.msh.reporting.statusreport.domain.StatusReportContent.YearValue;
import de.msh.reporting.statusreport.format.CsvReport;
import de.msh.reporting.statusreport.format.PdfReport;
import de.msh.reporting.statusreport.format.XlsxReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A portfolio status report over {@code projects} projects (three milestones each in the schedule, every
 * Masterplan indicator of a field), written by reporting's own writers in this JVM: PDF and Excel against the goals
 * (under 5 s and 2 s), and the same project rows as plain CSV as the reference, each the median of five runs after
 * two for warming up.
 */
public record DocumentsRun(int projects) {

    private static final int WARM_UP = 2;
    private static final int RUNS = 5;

    public List<Figure> measure() {
        StatusReportContent content = content(projects);
        List<ReportPosition> positions = List.of(new ReportPosition("msh.projects.events", 0, 1_000_000));
        String assessment = "Einschätzung der Leitung. ".repeat(40);
        double csv = median(() -> CsvReport.write(ReportFormat.CSV_PROJECTS, content));
        double xlsx = median(() -> XlsxReport.write(content, positions, assessment, null));
        double pdf = median(() -> PdfReport.write(content, positions, assessment, null));
        String store = projects + " projects";
        Figure.Reference plainCsv = new Figure.Reference("plain CSV of the project rows", csv);
        return List.of(
                Figure.info("status report as CSV (reference)", store, csv, plainCsv, "ms"),
                Figure.latency("status report as Excel", store, xlsx, 2_000, true),
                Figure.info("Excel against plain CSV", store, xlsx, plainCsv, "ms"),
                Figure.latency("status report as PDF (PDF/UA)", store, pdf, 5_000, true),
                Figure.info("PDF against plain CSV", store, pdf, plainCsv, "ms"));
    }

    private static double median(Supplier<byte[]> write) {
        for (int i = 0; i < WARM_UP; i++) {
            write.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            byte[] written = write.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (written.length == 0) {
                throw new IllegalStateException("nothing written");
            }
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    static StatusReportContent content(int projects) {
        LocalDate on = LocalDate.of(2026, 11, 30);
        String[] phases = {"IDEA", "CONCEPT", "APPLICATION", "APPROVED", "IMPLEMENTATION", "COMPLETED"};
        String[] fields = {"energie", "mobilitaet", "wertschoepfung", "tourismus", "bildung"};
        List<ProjectStatus> rows = new ArrayList<>();
        List<MilestoneLine> milestones = new ArrayList<>();
        for (int i = 0; i < projects; i++) {
            String id = "p-" + i;
            String code = String.format("P-%04d", i);
            Money money = new Money(
                    BigDecimal.valueOf(100_000L + i * 1_000L, 0).setScale(2),
                    BigDecimal.valueOf(50_000L + i * 500L, 0).setScale(2),
                    BigDecimal.valueOf(40_000L + i * 400L, 0).setScale(2),
                    BigDecimal.valueOf(30_000L + i * 300L, 0).setScale(2),
                    BigDecimal.valueOf(20_000L + i * 200L, 0).setScale(2),
                    BigDecimal.valueOf(50_000L + i * 500L, 0).setScale(2));
            Light light = Light.values()[i % 3];
            rows.add(new ProjectStatus(
                    id,
                    code,
                    "Projekt " + i + " für den Strukturwandel in Mansfeld-Südharz",
                    fields[i % fields.length],
                    phases[i % phases.length],
                    "Leitung " + (i % 40),
                    light,
                    light == Light.GREEN ? List.of() : List.of("Ein Meilenstein ist versäumt."),
                    12,
                    i % 3,
                    i % 2,
                    money));
            for (int m = 0; m < 3; m++) {
                milestones.add(new MilestoneLine(
                        id,
                        code + ": Projekt " + i,
                        "Meilenstein " + m,
                        "DELIVERABLE",
                        on.minusDays(30 - m),
                        on.minusDays(10 - m),
                        null,
                        "versäumt",
                        20,
                        List.of(
                                new TrendPoint(on.minusDays(200), on.minusDays(30 - m)),
                                new TrendPoint(on.minusDays(90), on.minusDays(20 - m)),
                                new TrendPoint(on.minusDays(40), on.minusDays(10 - m)))));
            }
        }
        List<IndicatorLine> indicators = new ArrayList<>();
        for (int f = 0; f < fields.length; f++) {
            for (int k = 0; k < 4; k++) {
                indicators.add(new IndicatorLine(
                        fields[f],
                        fields[f] + "-" + k,
                        "Indikator " + k,
                        "Anzahl",
                        BigDecimal.TEN,
                        BigDecimal.valueOf(12),
                        BigDecimal.valueOf(40),
                        "Beschleunigung nötig",
                        2041,
                        2022,
                        List.of(
                                new DayValue(LocalDate.of(2022, 12, 31), BigDecimal.TEN),
                                new DayValue(LocalDate.of(2025, 6, 30), BigDecimal.valueOf(11)),
                                new DayValue(on, BigDecimal.valueOf(12))),
                        List.of(
                                new YearValue(2026, BigDecimal.valueOf(12)),
                                new YearValue(2038, BigDecimal.valueOf(36))),
                        List.of(
                                new YearValue(2030, BigDecimal.valueOf(25)),
                                new YearValue(2038, BigDecimal.valueOf(40)))));
            }
        }
        Money total = rows.stream().map(ProjectStatus::money).reduce(Money.NONE, Money::plus);
        return new StatusReportContent(
                "Statusbericht Portfolio Strukturwandel Mansfeld-Südharz",
                ReportScope.portfolio(),
                on,
                Light.RED,
                List.of("Ein Meilenstein ist versäumt."),
                rows,
                milestones,
                total,
                List.of(
                        new MoneyYear(
                                2024,
                                total.called().divide(BigDecimal.valueOf(4)),
                                total.received().divide(BigDecimal.valueOf(4)),
                                BigDecimal.ZERO,
                                BigDecimal.ZERO),
                        new MoneyYear(
                                2025,
                                total.called().divide(BigDecimal.valueOf(4)),
                                total.received().divide(BigDecimal.valueOf(4)),
                                total.passedOn().divide(BigDecimal.valueOf(2)),
                                total.proven().divide(BigDecimal.valueOf(2))),
                        new MoneyYear(
                                2026,
                                total.called().divide(BigDecimal.valueOf(2)),
                                total.received().divide(BigDecimal.valueOf(2)),
                                total.passedOn().divide(BigDecimal.valueOf(2)),
                                total.proven().divide(BigDecimal.valueOf(2)))),
                indicators,
                1,
                1);
    }
}
