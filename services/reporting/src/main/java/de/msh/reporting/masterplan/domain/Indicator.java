package de.msh.reporting.masterplan.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One indicator of the Masterplan 2038 catalogue.
 *
 * @param key stable id, as projects name it in their contributions ({@code radwege-km})
 * @param field the strategic field's id ({@code mobilitaet-logistik})
 * @param name the German name shown to people
 * @param baselineYear the year the baseline value describes; it stands for the end of that year
 * @param targets the value to reach by the end of each target year: the intermediate ones (2026, 2032) and 2038
 */
public record Indicator(
        String key,
        String field,
        String name,
        String unit,
        Direction direction,
        Aggregation aggregation,
        int baselineYear,
        BigDecimal baselineValue,
        SortedMap<Integer, BigDecimal> targets) {

    public static final int FINAL_YEAR = 2038;

    public Indicator {
        targets = new TreeMap<>(targets);
    }

    /** The first target whose year is not before the given one, else the final target. */
    public Map.Entry<Integer, BigDecimal> targetFor(int year) {
        SortedMap<Integer, BigDecimal> ahead = targets.tailMap(year);
        return ahead.isEmpty() ? Map.entry(targets.lastKey(), targets.get(targets.lastKey())) : firstOf(ahead);
    }

    private static Map.Entry<Integer, BigDecimal> firstOf(SortedMap<Integer, BigDecimal> map) {
        return Map.entry(map.firstKey(), map.get(map.firstKey()));
    }
}
