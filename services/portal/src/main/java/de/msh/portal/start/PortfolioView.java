package de.msh.portal.start;

import java.math.BigDecimal;
import java.util.List;

/**
 * Reporting's portfolio grouped by phase, strategic field, municipality, manager and tag, each group with its number
 * of projects and planned cost ({@code /api/reporting/portfolio}).
 */
public record PortfolioView(
        Group total,
        List<Group> byPhase,
        List<Group> byStrategicField,
        List<Group> byMunicipality,
        List<Group> byProjectManager,
        List<Group> byTag) {

    /** @param key the phase, field id, municipality, manager or tag; {@code -} for projects without one */
    public record Group(String key, long projects, BigDecimal plannedCost) {}
}
