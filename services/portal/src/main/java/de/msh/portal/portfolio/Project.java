package de.msh.portal.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A project as the projects service shows it ({@code ProjectResponse}); unknown fields are ignored. */
public record Project(
        String id,
        String code,
        String title,
        @Nullable String description,
        @Nullable String strategicField,
        @Nullable String handlingArea,
        @Nullable List<String> municipalities,
        @Nullable String leadOrganisation,
        @Nullable String projectManager,
        @Nullable List<String> tags,
        @Nullable String studyId,
        @Nullable PlannedCost plannedCost,
        @Nullable List<Indicator> indicators,
        String phase,
        String registeredBy,
        Instant registeredAt,
        long revision) {

    public List<String> municipalityList() {
        return municipalities == null ? List.of() : municipalities;
    }

    public List<String> tagList() {
        return tags == null ? List.of() : tags;
    }

    public List<Indicator> indicatorList() {
        return indicators == null ? List.of() : indicators;
    }

    public record PlannedCost(BigDecimal total, @Nullable List<YearlyAmount> yearly) {

        public List<YearlyAmount> years() {
            return yearly == null ? List.of() : yearly;
        }
    }

    public record YearlyAmount(int year, BigDecimal amount) {}

    /** A planned Masterplan contribution beside what the project has reported on it. */
    public record Indicator(
            String indicator,
            String unit,
            BigDecimal planned,
            @Nullable BigDecimal achieved,
            @Nullable LocalDate achievedOn) {}
}
