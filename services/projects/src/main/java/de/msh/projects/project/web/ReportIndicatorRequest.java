package de.msh.projects.project.web;

import de.msh.projects.project.application.ReportIndicator;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * @param value what the project has achieved on the indicator in total by {@code achievedOn}, in the planned unit
 * @param achievedOn the day it was reached; from 2020-01-01 to today
 * @param evidence what proves it (Nachweis), e.g. "Abnahmeprotokoll vom 12.10.2026"
 * @param revision the project revision the caller saw; if given, a project changed since is refused as stale (409)
 */
record ReportIndicatorRequest(
        @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 3)
        BigDecimal value,

        @NotNull LocalDate achievedOn,
        @NotBlank @Size(max = 1000) String evidence,
        @Nullable @PositiveOrZero Long revision) {

    ReportIndicator toCommand(String indicator, String by) {
        return new ReportIndicator(indicator, value, achievedOn, evidence, by);
    }
}
