package de.msh.events.projects;

import de.msh.events.EventType;
import java.util.Objects;

/**
 * Emitted when a project is cancelled (abgebrochen), right after the {@link ProjectPhaseChanged} to CANCELLED, for
 * consumers that only care that a project ended for good: studies unlink their recommendations, funding refuses new
 * grants for it.
 *
 * @param projectId the project, also the event subject
 * @param cancelledIn the phase it was in when cancelled
 * @param reason why, as the user wrote it
 * @param cancelledBy the user name of who cancelled it
 */
@EventType("msh.projects.ProjectCancelled.v1")
public record ProjectCancelled(String projectId, ProjectPhase cancelledIn, String reason, String cancelledBy)
        implements ProjectsEvent {

    public ProjectCancelled {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(cancelledIn, "cancelledIn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(cancelledBy, "cancelledBy");
    }
}
