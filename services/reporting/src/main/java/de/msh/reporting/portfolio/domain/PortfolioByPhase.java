package de.msh.reporting.portfolio.domain;

import de.msh.events.projects.ProjectPhase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How many projects stand in each phase: every phase listed in lifecycle order, zero where none. */
public record PortfolioByPhase(long total, List<PhaseCount> phases) {

    public static PortfolioByPhase of(Map<ProjectPhase, Long> counts) {
        List<PhaseCount> phases = Arrays.stream(ProjectPhase.values())
                .map(phase -> new PhaseCount(phase, counts.getOrDefault(phase, 0L)))
                .toList();
        return new PortfolioByPhase(phases.stream().mapToLong(PhaseCount::count).sum(), phases);
    }

    public long count(ProjectPhase phase) {
        return phases.stream()
                .filter(p -> p.phase() == phase)
                .mapToLong(PhaseCount::count)
                .sum();
    }
}
