package de.msh.events.projects;

import de.msh.events.EventType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Emitted once, when the steering office registers a project in the portfolio.
 *
 * @param projectId the project's stable id, also the event subject
 * @param code the office's short code, unique in the portfolio
 * @param title the project's title as the office writes it (German)
 * @param strategicField id of the strategic field (Themenfeld) from the office's reference data; absent if not
 *     assigned yet
 * @param municipalities the municipalities of Mansfeld-Südharz the project takes place in; may be empty
 * @param phase the phase it was registered in
 * @param studyId id of the study the project originates from; absent if none (added in v1, optional)
 * @param plannedContributions what the project plans to contribute to Masterplan 2038 indicators; may be empty
 *     (added in v1, optional)
 */
@EventType("msh.projects.ProjectRegistered.v1")
public record ProjectRegistered(
        String projectId,
        String code,
        String title,
        @Nullable String strategicField,
        List<String> municipalities,
        ProjectPhase phase,
        @Nullable String studyId,
        List<PlannedContribution> plannedContributions)
        implements ProjectsEvent {

    public ProjectRegistered {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(phase, "phase");
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        plannedContributions = plannedContributions == null ? List.of() : List.copyOf(plannedContributions);
    }
}
