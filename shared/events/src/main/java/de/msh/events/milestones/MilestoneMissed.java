package de.msh.events.milestones;

import de.msh.events.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted once when an evaluation finds an open milestone whose forecast date has passed; again only after it was
 * re-planned into the future and passed once more.
 *
 * @param projectId the project, also the event subject
 * @param milestoneId the milestone
 * @param forecastOn the forecast date that passed
 * @param evaluatedOn the day of the evaluation (Europe/Berlin)
 */
@EventType("msh.milestones.MilestoneMissed.v1")
public record MilestoneMissed(String projectId, String milestoneId, LocalDate forecastOn, LocalDate evaluatedOn)
        implements MilestonesEvent {

    public MilestoneMissed {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(forecastOn, "forecastOn");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
    }
}
