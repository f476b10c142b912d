package de.msh.events.projects;

import de.msh.events.EventType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Emitted when the steering office changes a project's descriptive data; carries the new values of what other
 * contexts group and label by, not the whole project. Not emitted for a save that changed nothing.
 *
 * @param projectId the project, also the event subject
 * @param title the title after the change
 * @param strategicField id of the strategic field (Themenfeld) after the change; absent if not assigned
 * @param handlingArea the office's handling area (MOBILITY, ENERGY, VALUE_CREATION, TOURISM); absent if not assigned
 * @param municipalities the municipalities after the change; may be empty
 * @param changedBy the user name of who changed it
 * @param studyId id of the study the project originates from; absent if none (added in v1, optional)
 * @param plannedContributions what the project plans to contribute to Masterplan 2038 indicators; may be empty
 *     (added in v1, optional)
 * @param projectManager who leads the project after the change; absent if not assigned (added in v1, optional)
 * @param tags the office's free tags after the change; may be empty (added in v1, optional)
 * @param plannedCost the planned cost with its yearly split after the change; absent if not planned (added in v1,
 *     optional)
 */
@EventType("msh.projects.ProjectUpdated.v1")
public record ProjectUpdated(
        String projectId,
        String title,
        @Nullable String strategicField,
        @Nullable String handlingArea,
        List<String> municipalities,
        String changedBy,
        @Nullable String studyId,
        List<PlannedContribution> plannedContributions,
        @Nullable String projectManager,
        List<String> tags,
        @Nullable PlannedCost plannedCost)
        implements ProjectsEvent {

    /** The event as it was before the optional fields for grouping and money were added. */
    public ProjectUpdated(
            String projectId,
            String title,
            @Nullable String strategicField,
            @Nullable String handlingArea,
            List<String> municipalities,
            String changedBy,
            @Nullable String studyId,
            List<PlannedContribution> plannedContributions) {
        this(
                projectId,
                title,
                strategicField,
                handlingArea,
                municipalities,
                changedBy,
                studyId,
                plannedContributions,
                null,
                List.of(),
                null);
    }

    public ProjectUpdated {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(changedBy, "changedBy");
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        plannedContributions = plannedContributions == null ? List.of() : List.copyOf(plannedContributions);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
