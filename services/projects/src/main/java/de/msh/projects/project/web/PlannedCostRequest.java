package de.msh.projects.project.web;

import de.msh.projects.project.domain.PlannedCost;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A planned cost in euros, exact to the cent, with an optional split by year that must add up to the total. */
record PlannedCostRequest(
        @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2)
        BigDecimal total,

        @Nullable @Size(max = 30) List<@Valid @NotNull Year> yearly) {

    record Year(
            @Min(PlannedCost.FIRST_YEAR) @Max(PlannedCost.LAST_YEAR)
            int year,

            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2)
            BigDecimal amount) {}

    PlannedCost toDomain() {
        return new PlannedCost(
                total,
                yearly == null
                        ? List.of()
                        : yearly.stream()
                                .map(y -> new PlannedCost.YearlyAmount(y.year(), y.amount()))
                                .toList());
    }
}
