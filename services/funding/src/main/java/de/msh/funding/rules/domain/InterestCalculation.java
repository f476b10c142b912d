package de.msh.funding.rules.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Interest worked out day by day, with every period and rate shown, so no day and no cent is hidden.
 *
 * @param provisional true when some days lie after the last confirmed base rate; the last known rate was used
 * @param rule the rule and conventions applied, in the users' words
 */
public record InterestCalculation(
        BigDecimal principal,
        LocalDate effectiveFrom,
        LocalDate until,
        List<Period> periods,
        BigDecimal total,
        boolean provisional,
        String rule) {

    public InterestCalculation {
        periods = List.copyOf(periods);
    }

    public long days() {
        return periods.stream().mapToLong(Period::days).sum();
    }

    /**
     * Days at one rate.
     *
     * @param interest exact, not rounded; only the total is rounded
     */
    public record Period(
            LocalDate firstDay,
            LocalDate lastDay,
            long days,
            BigDecimal basePercent,
            BigDecimal percent,
            BigDecimal interest) {}
}
