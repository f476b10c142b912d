package de.msh.projects.project.web;

import de.msh.projects.project.domain.HistoryEntry;
import de.msh.projects.project.domain.IndicatorReport;
import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.Project;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One project with where it was held (if on hold), every indicator report and its whole history, oldest first. */
record ProjectDetailsResponse(
        ProjectResponse project,
        @Nullable Phase heldIn,
        List<IndicatorReport> indicatorReports,
        List<HistoryEntry> history) {

    static ProjectDetailsResponse of(Project project) {
        return new ProjectDetailsResponse(
                ProjectResponse.of(project), project.heldIn(), project.indicatorReports(), project.history());
    }
}
