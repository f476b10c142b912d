package de.msh.events.milestones;

import de.msh.events.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a milestone is reached.
 *
 * @param projectId the project, also the event subject
 * @param milestoneId the milestone
 * @param achievedOn the day it was reached (Europe/Berlin calendar date)
 * @param baselineOn its baseline, so that slippage is known without its history
 * @param achievedBy the user name of who recorded it
 */
@EventType("msh.milestones.MilestoneAchieved.v1")
public record MilestoneAchieved(
        String projectId, String milestoneId, LocalDate achievedOn, LocalDate baselineOn, String achievedBy)
        implements MilestonesEvent {

    public MilestoneAchieved {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(achievedOn, "achievedOn");
        Objects.requireNonNull(baselineOn, "baselineOn");
        Objects.requireNonNull(achievedBy, "achievedBy");
    }
}
