package de.msh.events.milestones;

import de.msh.events.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted once when an evaluation finds an open milestone due within the warning period; again only after it was
 * re-planned out of it and came near once more.
 *
 * @param projectId the project, also the event subject
 * @param milestoneId the milestone
 * @param forecastOn its forecast date
 * @param evaluatedOn the day of the evaluation (Europe/Berlin)
 */
@EventType("msh.milestones.MilestoneAtRisk.v1")
public record MilestoneAtRisk(String projectId, String milestoneId, LocalDate forecastOn, LocalDate evaluatedOn)
        implements MilestonesEvent {

    public MilestoneAtRisk {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(forecastOn, "forecastOn");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
    }
}
