package de.msh.projects.project.web;

import de.msh.projects.project.domain.IndicatorReport;
import de.msh.projects.project.domain.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One planned Masterplan contribution beside what the project has achieved on it so far.
 *
 * @param achieved the project's total by {@code achievedOn}, from its latest report; absent before the first
 */
record IndicatorResponse(
        String indicator,
        String unit,
        BigDecimal planned,
        @Nullable BigDecimal achieved,
        @Nullable LocalDate achievedOn) {

    static List<IndicatorResponse> of(Project project) {
        return project.plan().contributions().stream()
                .map(contribution -> {
                    Optional<IndicatorReport> achievement = project.achievement(contribution.indicator());
                    return new IndicatorResponse(
                            contribution.indicator(),
                            contribution.unit(),
                            contribution.planned(),
                            achievement.map(IndicatorReport::value).orElse(null),
                            achievement.map(IndicatorReport::achievedOn).orElse(null));
                })
                .toList();
    }
}
