package de.msh.events.projects;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a project plans to contribute to one Masterplan 2038 indicator.
 *
 * @param indicator the indicator's key in the Masterplan catalogue, e.g. {@code cycle-route-km}
 * @param unit the unit the planned amount is in, e.g. {@code km}; the same as the catalogue's for that indicator
 * @param planned the planned amount, never negative
 */
public record PlannedContribution(String indicator, String unit, BigDecimal planned) {

    public PlannedContribution {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(planned, "planned");
    }
}
