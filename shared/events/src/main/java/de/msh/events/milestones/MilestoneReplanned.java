package de.msh.events.milestones;

import de.msh.events.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when the forecast date of a milestone changes; the baseline stays.
 *
 * @param projectId the project, also the event subject
 * @param milestoneId the milestone
 * @param previousForecastOn the forecast before
 * @param forecastOn the new forecast (Europe/Berlin calendar date)
 * @param reason why, as the user wrote it
 * @param replannedBy the user name of who re-planned it
 */
@EventType("msh.milestones.MilestoneReplanned.v1")
public record MilestoneReplanned(
        String projectId,
        String milestoneId,
        LocalDate previousForecastOn,
        LocalDate forecastOn,
        String reason,
        String replannedBy)
        implements MilestonesEvent {

    public MilestoneReplanned {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(previousForecastOn, "previousForecastOn");
        Objects.requireNonNull(forecastOn, "forecastOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(replannedBy, "replannedBy");
    }
}
