package de.msh.portal.start;

import java.util.List;

/** Reporting's count of projects per phase ({@code /api/reporting/portfolio/phases}). */
public record PortfolioByPhase(long total, List<PhaseCount> phases) {

    public record PhaseCount(String phase, long count) {}
}
