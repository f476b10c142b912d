package de.msh.projects.project.web;

import de.msh.projects.project.application.RegisterProject;
import de.msh.projects.project.domain.HandlingArea;
import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.ProjectDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * @param code the office's short code, e.g. {@code WS-001}: upper-case letters, digits and dashes; never changes
 * @param studyId the id of a study from the studies catalogue the project originates from; unknown ids are refused
 * @param indicators what the project plans to contribute to Masterplan 2038 indicators, each indicator once
 * @param phase defaults to IDEA
 */
record RegisterProjectRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "2 to 20 upper-case letters, digits or '-'")
        String code,

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
        @Nullable @Size(max = 20) List<@Valid @NotNull IndicatorContributionRequest> indicators,
        @Nullable Phase phase) {

    RegisterProject toCommand() {
        return new RegisterProject(
                code.strip(),
                new ProjectDetails(
                        title,
                        description,
                        strategicField,
                        handlingArea,
                        ProjectInput.orEmpty(municipalities),
                        leadOrganisation,
                        projectManager,
                        ProjectInput.orEmpty(tags),
                        studyId),
                ProjectInput.plan(plannedCost, indicators),
                phase == null ? Phase.IDEA : phase);
    }
}
