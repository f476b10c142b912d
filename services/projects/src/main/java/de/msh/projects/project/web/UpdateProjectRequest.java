package de.msh.projects.project.web;

import de.msh.projects.project.domain.HandlingArea;
import de.msh.projects.project.domain.ProjectDetails;
import de.msh.projects.project.domain.ProjectPlan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The whole descriptive data and plan of a project, replacing what it had. Code and phase are not part of it: the
 * code never changes and the phase moves only through its own rules.
 *
 * @param revision the project revision the caller saw; required, a project changed since is refused as stale (409)
 */
record UpdateProjectRequest(
        @NotNull @PositiveOrZero Long revision,
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 4000) String description,
        @Nullable @Size(max = 60) String strategicField,
        @Nullable HandlingArea handlingArea,
        @Nullable @Size(max = 30) List<@NotBlank @Size(max = 100) String> municipalities,
        @Nullable @Size(max = 200) String leadOrganisation,
        @Nullable @Size(max = 100) String projectManager,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
        @Nullable @Pattern(regexp = ProjectInput.STUDY_ID) String studyId,
        @Nullable @Valid PlannedCostRequest plannedCost,
        @Nullable @Size(max = 20) List<@Valid @NotNull IndicatorContributionRequest> indicators) {

    ProjectDetails details() {
        return new ProjectDetails(
                title,
                description,
                strategicField,
                handlingArea,
                ProjectInput.orEmpty(municipalities),
                leadOrganisation,
                projectManager,
                ProjectInput.orEmpty(tags),
                studyId);
    }

    ProjectPlan plan() {
        return ProjectInput.plan(plannedCost, indicators);
    }
}
