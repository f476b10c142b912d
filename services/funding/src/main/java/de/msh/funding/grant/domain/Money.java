package de.msh.funding.grant.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Euro amounts of grants: exact to the cent, never rounded here. An amount with a fraction of a cent is refused, not
 * rounded, because every rounding must be a rule someone can name.
 */
public final class Money {

    private Money() {}

    /** The amount with scale 2; refused if negative (or zero, when {@code positive}) or finer than a cent. */
    public static BigDecimal euros(String field, BigDecimal amount, boolean positive) {
        Objects.requireNonNull(amount, field);
        if (amount.signum() < 0 || (positive && amount.signum() == 0)) {
            throw new InvalidGrant(field, positive ? "Must be more than 0 EUR" : "Cannot be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidGrant(field, "Amounts are exact to the cent: " + amount.toPlainString());
        }
        return amount.setScale(2);
    }
}
