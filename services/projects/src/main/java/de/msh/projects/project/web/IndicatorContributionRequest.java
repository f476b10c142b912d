package de.msh.projects.project.web;

import de.msh.projects.project.domain.IndicatorContribution;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * @param indicator the indicator's key in the Masterplan catalogue, e.g. {@code cycle-route-km}
 * @param unit e.g. {@code km}, {@code MW}, {@code Arbeitsplätze}
 */
record IndicatorContributionRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}", message = "2 to 60 lower-case letters, digits or '-'")
        String indicator,

        @NotBlank @Size(max = 30) String unit,

        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 3)
        BigDecimal planned) {

    IndicatorContribution toDomain() {
        return new IndicatorContribution(indicator, unit, planned);
    }
}
