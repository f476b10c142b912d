package de.msh.projects.project.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * A project's planned total cost in euros and, if the office has one, its split by year. Amounts are exact to the
 * cent (scale 2, stored as Decimal128); a split must add up to the total to the cent, and each year appears once.
 * No rounding happens here: an amount with more than two decimals is refused, not rounded.
 */
public record PlannedCost(
        @Field(targetType = FieldType.DECIMAL128) BigDecimal total, List<YearlyAmount> yearly) {

    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2045;

    public PlannedCost {
        total = cents("total", total);
        yearly = List.copyOf(yearly == null ? List.of() : yearly).stream()
                .sorted(Comparator.comparingInt(YearlyAmount::year))
                .toList();
        Set<Integer> years = new HashSet<>();
        for (YearlyAmount amount : yearly) {
            if (!years.add(amount.year())) {
                throw new InvalidPlannedCost("yearly", "The year " + amount.year() + " appears twice in the split");
            }
        }
        BigDecimal split = yearly.stream().map(YearlyAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!yearly.isEmpty() && split.compareTo(total) != 0) {
            throw new InvalidPlannedCost(
                    "yearly",
                    "The yearly split adds up to " + split.toPlainString() + " EUR, not the total of "
                            + total.toPlainString() + " EUR");
        }
    }

    /** One year's share of the planned cost. */
    public record YearlyAmount(
            int year,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal amount) {

        public YearlyAmount {
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new InvalidPlannedCost("yearly.year", "Years run from " + FIRST_YEAR + " to " + LAST_YEAR);
            }
            amount = cents("yearly.amount", amount);
        }
    }

    static BigDecimal cents(String field, BigDecimal amount) {
        Objects.requireNonNull(amount, field);
        if (amount.signum() < 0) {
            throw new InvalidPlannedCost(field, "A cost cannot be negative");
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreThanCents) {
            throw new InvalidPlannedCost(field, "Amounts are exact to the cent: " + amount.toPlainString());
        }
    }
}
