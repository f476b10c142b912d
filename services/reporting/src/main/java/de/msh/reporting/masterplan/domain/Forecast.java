package de.msh.reporting.masterplan.domain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The assessment of an indicator with its basis, so the figure can be checked by hand.
 *
 * @param method the method's name and {@code source} where it is published
 * @param targetYear the target assessed against: the first one not before the latest value's year
 * @param rateBasis {@code CAGR} (compound annual growth rate) where baseline, value and target are above zero, else
 *     {@code LINEAR} (change per year)
 * @param observedRate the annual rate of change from the baseline to the latest value
 * @param requiredRate the annual rate of change from the baseline that reaches the target in its year
 * @param ratio observed / required; null when not assessable
 * @param reachesTargetIn the year in which the current trend reaches the assessed target; null if it never does
 * @param reachesFinalTargetIn the same for the 2038 target
 * @param dataPoints how many values the assessment rests on, the baseline included
 * @param reason why it is not assessable, in German; null otherwise
 * @param trend the value at the end of each year from the baseline to 2038 if it kept changing at the observed rate;
 *     empty when not assessable
 */
public record Forecast(
        Assessment assessment,
        String label,
        String method,
        String source,
        int targetYear,
        BigDecimal targetValue,
        @Nullable String rateBasis,
        @Nullable BigDecimal observedRate,
        @Nullable BigDecimal requiredRate,
        @Nullable BigDecimal ratio,
        @Nullable Integer reachesTargetIn,
        @Nullable Integer reachesFinalTargetIn,
        int dataPoints,
        @Nullable String reason,
        List<YearValue> trend) {

    public record YearValue(int year, BigDecimal value) {}
}
