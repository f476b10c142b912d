package de.msh.reporting.asof.application;

import de.msh.reporting.portfolio.domain.ProjectSummary;
import de.msh.reporting.space.Positions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What changed between two instants.
 *
 * @param to null: now
 * @param money per programme and period, and in all ({@code alle}): each total that moved, by how much
 * @param indicators each indicator whose district value differs
 */
public record Changes(
        Instant from,
        @Nullable Instant to,
        List<Positions.Position> fromPositions,
        List<Positions.Position> toPositions,
        List<ProjectSummary> projectsAdded,
        List<PhaseChange> phaseChanges,
        List<MoneyMoved> money,
        List<IndicatorChange> indicators) {

    public record PhaseChange(
            String projectId,
            @Nullable String code,
            @Nullable String title,
            @Nullable String from,
            @Nullable String to) {}

    public record MoneyMoved(String key, Map<String, BigDecimal> by) {}

    public record IndicatorChange(String key, String name, String unit, BigDecimal from, BigDecimal to) {}
}
