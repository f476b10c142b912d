package de.msh.funding.grant.web;

import de.msh.funding.rules.domain.InterestCalculation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The interest a reclaim ran up, period by period, as the API shows it.
 *
 * @param provisional true when some days lie after the last confirmed base rate
 * @param rule the rule and conventions applied, in the users' words
 */
record InterestResponse(
        BigDecimal principal,
        LocalDate effectiveFrom,
        LocalDate until,
        List<PeriodResponse> periods,
        BigDecimal total,
        boolean provisional,
        String rule) {

    /** Days at one rate; {@code interest} exact, only the total is rounded. */
    record PeriodResponse(
            LocalDate firstDay,
            LocalDate lastDay,
            long days,
            BigDecimal basePercent,
            BigDecimal percent,
            BigDecimal interest) {}

    static InterestResponse of(InterestCalculation calculation) {
        return new InterestResponse(
                calculation.principal(),
                calculation.effectiveFrom(),
                calculation.until(),
                calculation.periods().stream()
                        .map(p -> new PeriodResponse(
                                p.firstDay(), p.lastDay(), p.days(), p.basePercent(), p.percent(), p.interest()))
                        .toList(),
                calculation.total(),
                calculation.provisional(),
                calculation.rule());
    }
}
