package de.msh.events.projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a project is planned to cost, exact to the cent, and how that splits over the years (the split adds up to the
 * total when given).
 *
 * @param total the planned cost in {@code currency}, never negative
 * @param currency ISO 4217 code, always {@code EUR} today
 * @param yearly the split by calendar year; may be empty
 */
public record PlannedCost(BigDecimal total, String currency, List<YearlyAmount> yearly) {

    public PlannedCost {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(currency, "currency");
        yearly = yearly == null ? List.of() : List.copyOf(yearly);
    }

    /** @param amount the part of the total planned for {@code year}, in the same currency */
    public record YearlyAmount(int year, BigDecimal amount) {

        public YearlyAmount {
            Objects.requireNonNull(amount, "amount");
        }
    }
}
