package de.msh.projects.project.web;

import de.msh.projects.project.domain.HandlingArea;
import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.PlannedCost;
import de.msh.projects.project.domain.Project;
import de.msh.projects.project.domain.ProjectDetails;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** @param revision how many changes the project has had; send it back to refuse a change on a stale view */
record ProjectResponse(
        String id,
        String code,
        String title,
        @Nullable String description,
        @Nullable String strategicField,
        @Nullable HandlingArea handlingArea,
        List<String> municipalities,
        @Nullable String leadOrganisation,
        @Nullable String projectManager,
        List<String> tags,
        @Nullable String studyId,
        @Nullable PlannedCost plannedCost,
        List<IndicatorResponse> indicators,
        Phase phase,
        String registeredBy,
        Instant registeredAt,
        long revision) {

    static ProjectResponse of(Project project) {
        ProjectDetails details = project.details();
        return new ProjectResponse(
                project.id().value(),
                project.code(),
                details.title(),
                details.description(),
                details.strategicField(),
                details.handlingArea(),
                details.municipalities(),
                details.leadOrganisation(),
                details.projectManager(),
                details.tags(),
                details.studyId(),
                project.plan().cost(),
                IndicatorResponse.of(project),
                project.phase(),
                project.registeredBy(),
                project.registeredAt(),
                project.eventSequence());
    }
}
