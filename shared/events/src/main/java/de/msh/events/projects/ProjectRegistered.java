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
 * @param handlingArea the office's handling area (MOBILITY, ENERGY, VALUE_CREATION, TOURISM); absent if not assigned
 *     (added in v1, optional)
 * @param projectManager who leads the project, as the office names them; absent if not assigned (added in v1,
 *     optional)
 * @param tags the office's free tags, e.g. {@code Demodaten}; may be empty (added in v1, optional)
 * @param plannedCost the planned cost with its yearly split; absent if not planned yet (added in v1, optional)
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
        List<PlannedContribution> plannedContributions,
        @Nullable String handlingArea,
        @Nullable String projectManager,
        List<String> tags,
        @Nullable PlannedCost plannedCost)
        implements ProjectsEvent {

    /** The event as it was before the optional fields for grouping and money were added. */
    public ProjectRegistered(
            String projectId,
            String code,
            String title,
            @Nullable String strategicField,
            List<String> municipalities,
            ProjectPhase phase,
            @Nullable String studyId,
            List<PlannedContribution> plannedContributions) {
        this(
                projectId,
                code,
                title,
                strategicField,
                municipalities,
                phase,
                studyId,
                plannedContributions,
                null,
                null,
                List.of(),
                null);
    }

    public ProjectRegistered {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(phase, "phase");
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        plannedContributions = plannedContributions == null ? List.of() : List.copyOf(plannedContributions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
