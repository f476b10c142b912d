package de.msh.reporting.masterplan.web;

import de.msh.reporting.masterplan.domain.Aggregation;
import de.msh.reporting.masterplan.domain.Direction;
import de.msh.reporting.masterplan.domain.Indicator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** One indicator as an administrator enters it; the rules across its values are the domain's. */
record IndicatorInput(
        @NotNull @Pattern(regexp = KEY) String key,
        @NotNull @Pattern(regexp = KEY) String field,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 30) String unit,
        @NotNull Direction direction,
        @NotNull Aggregation aggregation,
        @NotNull @Min(1990) @Max(Indicator.FINAL_YEAR) Integer baselineYear,
        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal baselineValue,

        @NotEmpty @Size(max = 10)
        Map<
                        @NotNull @Min(1991) @Max(Indicator.FINAL_YEAR) Integer,
                        @NotNull @Digits(integer = 15, fraction = 4) BigDecimal>
                targets) {

    static final String KEY = "[a-z0-9][a-z0-9-]{1,59}";

    Indicator indicator() {
        return new Indicator(
                key,
                field,
                name.strip(),
                unit.strip(),
                direction,
                aggregation,
                baselineYear,
                baselineValue,
                new TreeMap<>(targets));
    }
}
