package de.msh.events.projects;

import de.msh.events.EventType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Emitted each time a project moves from one phase to another, including the exits to cancelled and on hold.
 *
 * @param projectId the project, also the event subject
 * @param from the phase it left
 * @param to the phase it entered
 * @param changedBy the user name of who moved it
 * @param reason why, as the user wrote it; required for exits and overrides, otherwise optional
 * @param gateOverridden true when an admin moved it past a gate that was not met (e.g. approved without a known
 *     funding decision); the reason then says why
 */
@EventType("msh.projects.ProjectPhaseChanged.v1")
public record ProjectPhaseChanged(
        String projectId,
        ProjectPhase from,
        ProjectPhase to,
        String changedBy,
        @Nullable String reason,
        boolean gateOverridden)
        implements ProjectsEvent {

    public ProjectPhaseChanged {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(changedBy, "changedBy");
    }
}
