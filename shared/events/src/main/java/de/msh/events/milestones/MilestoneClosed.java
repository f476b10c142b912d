package de.msh.events.milestones;

import de.msh.events.EventType;
import java.util.Objects;

/**
 * Emitted when an open milestone is closed without being reached: its project was cancelled, its grant revoked, or
 * a person closed it.
 *
 * @param projectId the project, also the event subject
 * @param milestoneId the milestone
 * @param reason why, in German
 * @param closedBy the user name of who closed it, or {@code system} for a rule
 */
@EventType("msh.milestones.MilestoneClosed.v1")
public record MilestoneClosed(String projectId, String milestoneId, String reason, String closedBy)
        implements MilestonesEvent {

    public MilestoneClosed {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(closedBy, "closedBy");
    }
}
