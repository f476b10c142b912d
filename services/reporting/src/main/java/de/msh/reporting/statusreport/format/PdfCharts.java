package de.msh.reporting.statusreport.format;

import de.msh.reporting.statusreport.domain.StatusReportContent.DayValue;
import de.msh.reporting.statusreport.domain.StatusReportContent.IndicatorLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MilestoneLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MoneyYear;
import de.msh.reporting.statusreport.domain.StatusReportContent.TrendPoint;
import de.msh.reporting.statusreport.domain.StatusReportContent.YearValue;
import de.msh.reporting.statusreport.format.pdf.Flow;
import de.msh.reporting.statusreport.format.pdf.LineChart;
import de.msh.reporting.statusreport.format.pdf.LineChart.Series;
import de.msh.reporting.statusreport.format.pdf.LineChart.Tick;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The report's line charts, each with the text alternative a screen reader reads instead: the money over time, an
 * indicator's values with its forecast and targets, and a project's milestone trend analysis.
 */
final class PdfCharts {

    private static final float PLOT = 95f;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yy");

    private PdfCharts() {}

    /** The money moved, added up to the end of each year, against what is granted today. */
    static void money(Flow flow, List<MoneyYear> years, BigDecimal granted) {
        if (years.isEmpty()) {
            flow.paragraph("Noch keine Mittel abgerufen, eingegangen, weitergeleitet oder nachgewiesen.");
            return;
        }
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        double[] xs = new double[years.size() + 1];
        double[][] sums = new double[4][years.size() + 1];
        xs[0] = first - 1;
        BigDecimal[] running = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        StringJoiner alt = new StringJoiner(
                "; ",
                "Liniendiagramm: Mittel aufsummiert zum Jahresende. ",
                ". Bewilligt insgesamt " + PdfText.euro(granted) + ".");
        for (int i = 0; i < years.size(); i++) {
            MoneyYear year = years.get(i);
            running[0] = running[0].add(year.called());
            running[1] = running[1].add(year.received());
            running[2] = running[2].add(year.passedOn());
            running[3] = running[3].add(year.proven());
            xs[i + 1] = year.year();
            for (int kind = 0; kind < 4; kind++) {
                sums[kind][i + 1] = running[kind].doubleValue();
            }
            alt.add("Ende " + year.year() + ": abgerufen " + PdfText.euro(running[0]) + ", eingegangen "
                    + PdfText.euro(running[1]) + ", weitergeleitet " + PdfText.euro(running[2]) + ", nachgewiesen "
                    + PdfText.euro(running[3]));
        }
        String[] names = {"Abgerufen", "Eingegangen", "Weitergeleitet", "Nachgewiesen"};
        List<Series> series = new ArrayList<>();
        for (int kind = 0; kind < 4; kind++) {
            series.add(new Series(names[kind], xs, sums[kind], LineChart.PALETTE.get(kind), false, true));
        }
        series.add(new Series(
                "Bewilligt (heute)",
                new double[] {first - 1, last},
                new double[] {granted.doubleValue(), granted.doubleValue()},
                LineChart.PALETTE.get(5),
                true,
                false));
        double top = Math.max(granted.doubleValue(), max(sums));
        List<Tick> xTicks = new ArrayList<>();
        xTicks.add(new Tick(first - 1, "Beginn"));
        for (int year = first; year <= last; year++) {
            xTicks.add(new Tick(year, "Ende " + year));
        }
        LineChart chart = new LineChart(series, first - 1, last, 0, top * 1.05, xTicks, euroTicks(top), false);
        flow.figure(alt.toString(), chart.height(PLOT), chart);
    }

    /** The district's values since the baseline, the trend's forecast (dashed) and the targets. */
    static void indicator(Flow flow, IndicatorLine indicator) {
        List<Series> series = new ArrayList<>();
        double[] xs = indicator.series().stream().mapToDouble(p -> year(p.on())).toArray();
        double[] ys = indicator.series().stream()
                .mapToDouble(p -> p.value().doubleValue())
                .toArray();
        series.add(new Series("Werte", xs, ys, LineChart.PALETTE.get(0), false, true));
        if (!indicator.forecast().isEmpty()) {
            series.add(new Series(
                    "Prognose (Trend)",
                    years(indicator.forecast()),
                    values(indicator.forecast()),
                    LineChart.PALETTE.get(3),
                    true,
                    false));
        }
        if (!indicator.targets().isEmpty()) {
            series.add(new Series(
                    "Ziele",
                    years(indicator.targets()),
                    values(indicator.targets()),
                    LineChart.PALETTE.get(2),
                    false,
                    true));
        }
        double xMin = indicator.baselineYear();
        double xMax = Math.max(
                2038,
                series.stream()
                        .flatMapToDouble(s -> java.util.Arrays.stream(s.xs()))
                        .max()
                        .orElse(2038));
        double low = series.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.ys()))
                .min()
                .orElse(0);
        double high = series.stream()
                .flatMapToDouble(s -> java.util.Arrays.stream(s.ys()))
                .max()
                .orElse(1);
        double yMin = low >= 0 ? 0 : low - (high - low) * 0.05;
        double yMax = high + (high - yMin) * 0.05;
        List<Tick> xTicks = new ArrayList<>();
        for (int year = (int) xMin; year <= xMax; year += xMax - xMin > 12 ? 2 : 1) {
            xTicks.add(new Tick(year, String.valueOf(year)));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (double at : LineChart.niceTicks(yMin, yMax)) {
            yTicks.add(new Tick(at, PdfText.number(BigDecimal.valueOf(at))));
        }
        StringJoiner targets = new StringJoiner(", ");
        indicator.targets().forEach(t -> targets.add(t.year() + ": " + PdfText.number(t.value())));
        DayValue latest = indicator.series().isEmpty()
                ? null
                : indicator.series().get(indicator.series().size() - 1);
        String alt = "Liniendiagramm: " + indicator.name() + " (" + indicator.unit() + "). Ausgangswert "
                + PdfText.number(indicator.baselineValue()) + " (" + indicator.baselineYear() + ")"
                + (latest == null
                        ? ""
                        : ", zuletzt " + PdfText.number(latest.value()) + " am " + PdfText.day(latest.on()))
                + ". Ziele: " + (targets.length() == 0 ? "keine" : targets) + ". Bewertung: " + indicator.assessment()
                + "."
                + (indicator.forecast().isEmpty()
                        ? " Keine Prognose."
                        : indicator.reachesFinalTargetIn() == null
                                ? " Im Trend wird das Ziel 2038 nicht erreicht."
                                : " Im Trend wird das Ziel 2038 im Jahr " + indicator.reachesFinalTargetIn()
                                        + " erreicht.");
        LineChart chart = new LineChart(series, xMin, xMax, yMin, yMax, xTicks, yTicks, false);
        flow.paragraph(indicator.name() + " (" + indicator.unit() + ")");
        flow.figure(alt, chart.height(PLOT), chart);
    }

    /**
     * A milestone trend analysis: for each milestone, on each day it was planned, replanned or reached (x), the day
     * it was then expected (y). A line that rises slips; one that meets the diagonal was reached.
     */
    static void trend(Flow flow, String project, List<MilestoneLine> milestones, LocalDate on) {
        List<MilestoneLine> traced =
                milestones.stream().filter(m -> !m.trend().isEmpty()).toList();
        if (traced.isEmpty()) {
            flow.paragraph(project + ": für die Trendanalyse sind keine Planstände aufgezeichnet.");
            return;
        }
        long from = Long.MAX_VALUE;
        long to = on.toEpochDay();
        for (MilestoneLine m : traced) {
            for (TrendPoint point : m.trend()) {
                from = Math.min(
                        from,
                        Math.min(
                                point.recordedOn().toEpochDay(),
                                point.forecastOn().toEpochDay()));
                to = Math.max(to, point.forecastOn().toEpochDay());
            }
        }
        from -= 7;
        to += 7;
        List<Series> series = new ArrayList<>();
        StringJoiner alt = new StringJoiner("; ", "Meilenstein-Trendanalyse " + project + ": ", ".");
        for (int i = 0; i < traced.size(); i++) {
            MilestoneLine m = traced.get(i);
            List<TrendPoint> points = new ArrayList<>(m.trend());
            TrendPoint last = points.get(points.size() - 1);
            if (m.achievedOn() == null && last.recordedOn().isBefore(on)) {
                points.add(new TrendPoint(on, last.forecastOn())); // the forecast holds until the day reported on
            }
            double[] xs = points.stream()
                    .mapToDouble(p -> p.recordedOn().toEpochDay())
                    .toArray();
            double[] ys = points.stream()
                    .mapToDouble(p -> p.forecastOn().toEpochDay())
                    .toArray();
            Color colour = LineChart.PALETTE.get(i % LineChart.PALETTE.size());
            series.add(new Series(m.title(), xs, ys, colour, i / LineChart.PALETTE.size() % 2 == 1, true));
            alt.add(m.title() + ": Basisplan " + PdfText.day(m.baselineOn()) + ", "
                    + (m.achievedOn() != null
                            ? "erreicht am " + PdfText.day(m.achievedOn())
                            : "erwartet am " + PdfText.day(m.forecastOn()))
                    + " (" + signed(m.slippageDays()) + " Tage), " + (m.trend().size() - 1) + " Planstände danach");
        }
        List<Tick> ticks = dayTicks(from, to);
        LineChart chart = new LineChart(series, from, to, from, to, ticks, ticks, true);
        flow.paragraph(project);
        flow.figure(alt.toString(), chart.height(PLOT * 1.4f), chart);
    }

    private static List<Tick> dayTicks(long from, long to) {
        LocalDate start = LocalDate.ofEpochDay(from).withDayOfMonth(1).plusMonths(1);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(start, LocalDate.ofEpochDay(to));
        int step = months <= 8 ? 1 : months <= 18 ? 3 : months <= 48 ? 6 : 12;
        if (step == 12) {
            start = start.withMonth(1).plusYears(1);
        } else if (step > 1) {
            while ((start.getMonthValue() - 1) % step != 0) {
                start = start.plusMonths(1);
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate day = start; day.toEpochDay() <= to; day = day.plusMonths(step)) {
            ticks.add(new Tick(day.toEpochDay(), step == 12 ? String.valueOf(day.getYear()) : MONTH.format(day)));
        }
        return ticks;
    }

    private static List<Tick> euroTicks(double top) {
        List<Tick> ticks = new ArrayList<>();
        for (double at : LineChart.niceTicks(0, top * 1.05)) {
            ticks.add(new Tick(at, PdfText.shortEuro(at)));
        }
        return ticks;
    }

    private static double year(LocalDate day) {
        return day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear();
    }

    private static double[] years(List<YearValue> values) {
        return values.stream().mapToDouble(YearValue::year).toArray();
    }

    private static double[] values(List<YearValue> values) {
        return values.stream().mapToDouble(v -> v.value().doubleValue()).toArray();
    }

    private static double max(double[][] values) {
        double max = 0;
        for (double[] row : values) {
            for (double value : row) {
                max = Math.max(max, value);
            }
        }
        return max;
    }

    private static String signed(long days) {
        return days > 0 ? "+" + days : String.valueOf(days);
    }
}
