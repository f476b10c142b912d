package de.msh.portal.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The rows of the dashboard's chart tables: one per year, one column per series; an empty cell is a gap. */
final class Charts {

    private Charts() {}

    /** One row of a chart table: the year and a value per series, null where there is none. */
    record Row(int year, List<@Nullable BigDecimal> values) {}

    /** The money called per year, one column per programme (by its id), oldest year first. */
    static List<Row> calledByProgramme(Map<String, List<Views.Year>> byProgramme) {
        TreeSet<Integer> years = new TreeSet<>();
        byProgramme.values().forEach(list -> list.forEach(y -> years.add(y.year())));
        List<Row> rows = new ArrayList<>();
        for (int year : years) {
            List<@Nullable BigDecimal> values = new ArrayList<>();
            for (List<Views.Year> programme : byProgramme.values()) {
                values.add(programme.stream()
                        .filter(y -> y.year() == year)
                        .map(Views.Year::called)
                        .findFirst()
                        .orElse(BigDecimal.ZERO));
            }
            rows.add(new Row(year, values));
        }
        return rows;
    }

    /**
     * An indicator from its baseline year to 2038: the value at the end of each year in which one was reported (the
     * baseline in its year), the target of each target year, and the trend at the observed rate.
     */
    static List<Row> indicator(Views.Indicator indicator) {
        Map<Integer, BigDecimal> values = new TreeMap<>();
        indicator.series().forEach(point -> values.put(point.on().getYear(), point.value()));
        Map<Integer, BigDecimal> trend = new TreeMap<>();
        indicator.forecast().trend().forEach(point -> trend.put(point.year(), point.value()));
        List<Row> rows = new ArrayList<>();
        for (int year = indicator.baselineYear(); year <= 2038; year++) {
            List<@Nullable BigDecimal> row = new ArrayList<>();
            row.add(values.get(year));
            row.add(indicator.targets().get(year));
            row.add(trend.get(year));
            rows.add(new Row(year, row));
        }
        return rows;
    }
}
