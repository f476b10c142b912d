package de.msh.reporting.masterplan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Where one indicator stands: the district's value over time from the baseline, what projects achieved and plan,
 * and the forecast.
 *
 * @param value the district's latest value: for {@code SUM} the baseline plus what projects achieved, for
 *     {@code LATEST} the latest value reported; the baseline if nothing was reported
 * @param achieved for {@code SUM}, the sum of each project's latest reported total; for {@code LATEST}, null
 * @param planned for {@code SUM}, what approved projects and those being carried out plan to add; for
 *     {@code LATEST}, null (plans for a district-wide value do not add up)
 * @param series the value at the end of the baseline year and on each day a project reported, oldest first
 * @param projects how many projects planned or reported on it
 */
public record IndicatorProgress(
        String key,
        String field,
        String name,
        String unit,
        Direction direction,
        Aggregation aggregation,
        int baselineYear,
        BigDecimal baselineValue,
        SortedMap<Integer, BigDecimal> targets,
        BigDecimal value,
        @Nullable LocalDate valueOn,
        @Nullable BigDecimal achieved,
        @Nullable BigDecimal planned,
        List<Point> series,
        int projects,
        Forecast forecast) {

    public record Point(LocalDate on, BigDecimal value) {}
}
