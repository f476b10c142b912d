package de.msh.projects.project.web;

import de.msh.projects.project.domain.ProjectPlan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The parts that registering and updating a project read alike. */
final class ProjectInput {

    /** What {@code @Size} and {@code @Pattern} allow for a study id. */
    static final String STUDY_ID = "[A-Za-z0-9][A-Za-z0-9-]{0,59}";

    private ProjectInput() {}

    static ProjectPlan plan(
            @Nullable PlannedCostRequest plannedCost, @Nullable List<IndicatorContributionRequest> indicators) {
        return new ProjectPlan(
                plannedCost == null ? null : plannedCost.toDomain(),
                indicators == null
                        ? List.of()
                        : indicators.stream()
                                .map(IndicatorContributionRequest::toDomain)
                                .toList());
    }

    static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
