package de.msh.reporting.masterplan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Progress of an indicator from its projects' plans and reports, and its forecast by the ratio of the observed to
 * the required annual rate of change (the Eurostat / Open SDG progress assessment for indicators with a quantitative
 * target). Time is counted in years: a baseline or target year stands for its end, a report for its day.
 */
public final class ProgressAssessor {

    private final AssessmentMethod method;

    public ProgressAssessor(AssessmentMethod method) {
        this.method = method;
    }

    public IndicatorProgress progress(Indicator indicator, List<ProjectContributions> projects) {
        List<IndicatorProgress.Point> series = series(indicator, projects);
        IndicatorProgress.Point latest = series.get(series.size() - 1);
        boolean sum = indicator.aggregation() == Aggregation.SUM;
        BigDecimal achieved = sum ? latest.value().subtract(indicator.baselineValue()) : null;
        BigDecimal planned = sum
                ? projects.stream()
                        .filter(ProjectContributions::committed)
                        .map(p -> p.planned().getOrDefault(indicator.key(), BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                : null;
        return new IndicatorProgress(
                indicator.key(),
                indicator.field(),
                indicator.name(),
                indicator.unit(),
                indicator.direction(),
                indicator.aggregation(),
                indicator.baselineYear(),
                indicator.baselineValue(),
                indicator.targets(),
                latest.value(),
                series.size() > 1 ? latest.on() : null,
                achieved,
                planned,
                series,
                projects.size(),
                forecast(indicator, series));
    }

    /** The baseline, then the district's value on each day any project reported. */
    static List<IndicatorProgress.Point> series(Indicator indicator, List<ProjectContributions> projects) {
        List<IndicatorProgress.Point> series = new ArrayList<>();
        series.add(
                new IndicatorProgress.Point(LocalDate.of(indicator.baselineYear(), 12, 31), indicator.baselineValue()));
        List<SortedMap<LocalDate, BigDecimal>> reports = projects.stream()
                .sorted(Comparator.comparing(ProjectContributions::projectId))
                .map(p -> p.reported().getOrDefault(indicator.key(), new TreeMap<>()))
                .filter(r -> !r.isEmpty())
                .toList();
        TreeSet<LocalDate> days = new TreeSet<>();
        reports.forEach(r -> days.addAll(r.keySet()));
        for (LocalDate day : days) {
            BigDecimal value;
            if (indicator.aggregation() == Aggregation.SUM) {
                value = indicator.baselineValue();
                for (SortedMap<LocalDate, BigDecimal> report : reports) {
                    SortedMap<LocalDate, BigDecimal> upTo = report.headMap(day.plusDays(1));
                    if (!upTo.isEmpty()) {
                        value = value.add(upTo.get(upTo.lastKey()));
                    }
                }
            } else {
                // of two projects reporting the district's value on one day, the last by project id counts
                value = null;
                for (SortedMap<LocalDate, BigDecimal> report : reports) {
                    if (report.containsKey(day)) {
                        value = report.get(day);
                    }
                }
            }
            series.add(new IndicatorProgress.Point(day, value));
        }
        return series;
    }

    private Forecast forecast(Indicator indicator, List<IndicatorProgress.Point> series) {
        IndicatorProgress.Point latest = series.get(series.size() - 1);
        Map.Entry<Integer, BigDecimal> target = indicator.targetFor(latest.on().getYear());
        if (series.size() < method.minimumDataPoints()) {
            return notAssessable(
                    target,
                    series.size(),
                    "Es liegen weniger als " + method.minimumDataPoints() + " Werte vor (Ausgangswert eingerechnet).");
        }
        double t0 = indicator.baselineYear() + 1;
        double t = years(latest.on());
        if (t <= t0) {
            return notAssessable(target, series.size(), "Der letzte Wert liegt nicht nach dem Ausgangsjahr.");
        }
        double x0 = indicator.baselineValue().doubleValue();
        double xt = latest.value().doubleValue();
        boolean compound = x0 > 0 && xt > 0 && target.getValue().signum() > 0;
        double observed = rate(compound, x0, xt, t - t0);
        double required = rate(compound, x0, target.getValue().doubleValue(), target.getKey() + 1 - t0);
        if (required == 0) {
            return notAssessable(target, series.size(), "Das Ziel entspricht dem Ausgangswert.");
        }
        BigDecimal ratio = decimal(observed / required, 4);
        Assessment assessment = method.classify(ratio);
        BigDecimal finalTarget = indicator.targets().get(indicator.targets().lastKey());
        return new Forecast(
                assessment,
                assessment.label(),
                method.name(),
                method.source(),
                target.getKey(),
                target.getValue(),
                compound ? "CAGR" : "LINEAR",
                decimal(observed, 6),
                decimal(required, 6),
                ratio,
                reachedIn(compound, x0, target.getValue().doubleValue(), observed, t0),
                reachedIn(compound, x0, finalTarget.doubleValue(), observed, t0),
                series.size(),
                null,
                trend(indicator, compound, observed));
    }

    private Forecast notAssessable(Map.Entry<Integer, BigDecimal> target, int points, String reason) {
        return new Forecast(
                Assessment.NOT_ASSESSABLE,
                Assessment.NOT_ASSESSABLE.label(),
                method.name(),
                method.source(),
                target.getKey(),
                target.getValue(),
                null,
                null,
                null,
                null,
                null,
                null,
                points,
                reason,
                List.of());
    }

    /** The value at the end of each year from the baseline's to 2038, had it changed at the rate since. */
    private static List<Forecast.YearValue> trend(Indicator indicator, boolean compound, double rate) {
        double x0 = indicator.baselineValue().doubleValue();
        List<Forecast.YearValue> trend = new ArrayList<>();
        for (int year = indicator.baselineYear(); year <= Indicator.FINAL_YEAR; year++) {
            int years = year - indicator.baselineYear();
            double value = compound ? x0 * Math.pow(1 + rate, years) : x0 + rate * years;
            trend.add(new Forecast.YearValue(year, decimal(value, 4)));
        }
        return trend;
    }

    private static double rate(boolean compound, double from, double to, double years) {
        return compound ? Math.pow(to / from, 1 / years) - 1 : (to - from) / years;
    }

    /** The year in which the trend from the baseline meets the value; null if it moves away or does not move. */
    private static @Nullable Integer reachedIn(boolean compound, double x0, double target, double rate, double t0) {
        double years;
        if (compound) {
            if (target <= 0 || rate <= -1 || rate == 0) {
                return null;
            }
            years = Math.log(target / x0) / Math.log(1 + rate);
        } else {
            if (rate == 0) {
                return null;
            }
            years = (target - x0) / rate;
        }
        if (years < 0 || Double.isNaN(years) || t0 + years > 9999) {
            return null;
        }
        return (int) Math.ceil(t0 + years) - 1;
    }

    /** A day as years: the end of 2021 is 2022.0. */
    static double years(LocalDate day) {
        return day.getYear() + (double) day.getDayOfYear() / day.lengthOfYear();
    }

    private static BigDecimal decimal(double value, int scale) {
        return new BigDecimal(value, MathContext.DECIMAL64).setScale(scale, RoundingMode.HALF_UP);
    }
}
