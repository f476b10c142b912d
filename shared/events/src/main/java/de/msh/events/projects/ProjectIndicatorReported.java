package de.msh.events.projects;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when the steering office reports what a project has achieved on one Masterplan 2038 indicator. The value
 * is the project's total achieved by that date, not an increment: a later report on the same indicator supersedes
 * an earlier one, so a redelivered or corrected report never adds up twice.
 *
 * @param projectId the project, also the event subject
 * @param indicator the indicator's key in the Masterplan catalogue
 * @param unit the unit of the value, as planned for that indicator
 * @param value the total achieved by {@code achievedOn}, never negative
 * @param achievedOn the day the value was reached (a calendar day in Germany)
 * @param evidence what proves it, as the user wrote it (e.g. "Abnahmeprotokoll vom 12.10.2026")
 * @param reportedBy the user name of who reported it
 */
@EventType("msh.projects.ProjectIndicatorReported.v1")
public record ProjectIndicatorReported(
        String projectId,
        String indicator,
        String unit,
        BigDecimal value,
        LocalDate achievedOn,
        String evidence,
        String reportedBy)
        implements ProjectsEvent {

    public ProjectIndicatorReported {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(achievedOn, "achievedOn");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(reportedBy, "reportedBy");
    }
}
