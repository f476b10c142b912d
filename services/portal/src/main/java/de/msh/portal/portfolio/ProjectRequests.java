package de.msh.portal.portfolio;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bodies the projects service accepts, field for field as its API names them. */
public final class ProjectRequests {

    private ProjectRequests() {}

    public record Register(
            String code,
            String title,
            @Nullable String description,
            @Nullable String strategicField,
            @Nullable String handlingArea,
            List<String> municipalities,
            @Nullable String leadOrganisation,
            @Nullable String projectManager,
            List<String> tags,
            @Nullable String studyId,
            @Nullable PlannedCost plannedCost) {}

    /** The whole description and plan, replacing what the project had; the indicators are sent back unchanged. */
    public record Update(
            long revision,
            String title,
            @Nullable String description,
            @Nullable String strategicField,
            @Nullable String handlingArea,
            List<String> municipalities,
            @Nullable String leadOrganisation,
            @Nullable String projectManager,
            List<String> tags,
            @Nullable String studyId,
            @Nullable PlannedCost plannedCost,
            List<Contribution> indicators) {}

    public record PlannedCost(BigDecimal total, List<Year> yearly) {}

    public record Year(int year, BigDecimal amount) {}

    public record Contribution(String indicator, String unit, BigDecimal planned) {}

    public record ChangePhase(
            String to, @Nullable String reason, @Nullable Long revision) {}
}
