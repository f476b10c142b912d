package de.msh.funding.rules.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Statutory interest on reclaimed grant money (§ 49a (3) VwVfG): a number of percentage points above the base rate
 * in force on each day. Each day after the effective date up to and including the day of payment bears interest at
 * that day's rate, a year counting 365 days. The periods are summed exactly and the total is rounded once to the
 * cent, half up — the only rounding in the calculation, and the file names it.
 *
 * @param dayCount and {@code rounding}: the conventions above in the users' words, shown with every calculation
 */
public record InterestRule(
        BigDecimal pointsAboveBaseRate, String source, String dayCount, String rounding, BaseRates baseRates) {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public InterestRule {
        Objects.requireNonNull(pointsAboveBaseRate, "pointsAboveBaseRate");
        Objects.requireNonNull(baseRates, "baseRates");
    }

    /** The interest on {@code principal} from {@code effectiveFrom} (exclusive) to {@code until} (inclusive). */
    public InterestCalculation calculate(BigDecimal principal, LocalDate effectiveFrom, LocalDate until) {
        if (until.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("Interest cannot run backwards: " + effectiveFrom + " to " + until);
        }
        List<InterestCalculation.Period> periods = new ArrayList<>();
        LocalDate first = effectiveFrom.plusDays(1);
        while (!first.isAfter(until)) {
            BaseRates.Rate rate = baseRates.inForceOn(first);
            LocalDate next = baseRates.nextChangeAfter(first);
            LocalDate last = next == null || next.isAfter(until) ? until : next.minusDays(1);
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            BigDecimal percent = rate.percent().add(pointsAboveBaseRate);
            BigDecimal interest = principal
                    .multiply(percent)
                    .multiply(BigDecimal.valueOf(days))
                    .divide(HUNDRED.multiply(DAYS_PER_YEAR), MathContext.DECIMAL128);
            periods.add(new InterestCalculation.Period(first, last, days, rate.percent(), percent, interest));
            first = last.plusDays(1);
        }
        BigDecimal total = periods.stream()
                .map(InterestCalculation.Period::interest)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        boolean provisional = until.isAfter(baseRates.confirmedThrough());
        return new InterestCalculation(principal, effectiveFrom, until, periods, total, provisional, describe());
    }

    private String describe() {
        return source + "; " + dayCount + "; " + rounding + "; " + baseRates.source();
    }

    /** The base rates (Basiszinssatz) with the day from which each applies, known up to {@code confirmedThrough}. */
    public record BaseRates(String source, LocalDate confirmedThrough, List<Rate> rates) {

        public BaseRates {
            rates = rates.stream().sorted(Comparator.comparing(Rate::from)).toList();
            if (rates.isEmpty()) {
                throw new IllegalArgumentException("At least one base rate is needed");
            }
        }

        Rate inForceOn(LocalDate day) {
            Rate found = null;
            for (Rate rate : rates) {
                if (!rate.from().isAfter(day)) {
                    found = rate;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("No base rate is recorded for " + day);
            }
            return found;
        }

        @org.jspecify.annotations.Nullable
        LocalDate nextChangeAfter(LocalDate day) {
            return rates.stream()
                    .map(Rate::from)
                    .filter(from -> from.isAfter(day))
                    .findFirst()
                    .orElse(null);
        }

        public record Rate(LocalDate from, BigDecimal percent) {}
    }
}
