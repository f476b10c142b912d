package de.msh.projects.project.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * What a project plans to contribute to one Masterplan 2038 indicator, e.g. 42 km of cycle route or 120 jobs.
 * Indicators are named by their key in the Masterplan catalogue, which the reporting service keeps; the unit is
 * stated here too, so a contribution is never read in the wrong unit.
 */
public record IndicatorContribution(
        String indicator,
        String unit,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal planned) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    static final int MAX_DECIMALS = 3;

    public IndicatorContribution {
        indicator = key(indicator);
        Objects.requireNonNull(unit, "unit");
        unit = unit.strip();
        if (unit.isEmpty() || unit.length() > 30) {
            throw new InvalidIndicator("unit", "A contribution needs a unit of at most 30 characters");
        }
        planned = amount("planned", planned);
    }

    static String key(String indicator) {
        Objects.requireNonNull(indicator, "indicator");
        if (!KEY.matcher(indicator).matches()) {
            throw new InvalidIndicator(
                    "indicator", "An indicator key is 2 to 60 lower-case letters, digits or '-', not " + indicator);
        }
        return indicator;
    }

    /** Indicator amounts are counts or measures: never negative, at most three decimals, never rounded here. */
    static BigDecimal amount(String field, BigDecimal amount) {
        Objects.requireNonNull(amount, field);
        if (amount.signum() < 0) {
            throw new InvalidIndicator(field, "An indicator amount cannot be negative");
        }
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() > MAX_DECIMALS) {
            throw new InvalidIndicator(field, "An indicator amount has at most " + MAX_DECIMALS + " decimals");
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
