package de.msh.reporting.portfolio.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The portfolio grouped five ways, each group with its number of projects and their planned cost in EUR. A project
 * of several municipalities (or tags) counts in each of them, so those groups overlap and do not add up to the total;
 * phase, strategic field and manager do.
 *
 * @param total every project the filter lets through
 */
public record PortfolioView(
        Group total,
        List<Group> byPhase,
        List<Group> byStrategicField,
        List<Group> byMunicipality,
        List<Group> byProjectManager,
        List<Group> byTag) {

    /** The key a project without a value in that dimension is grouped under. */
    public static final String NONE = "-";

    /** @param plannedCost the sum of the projects' planned total cost, exact to the cent; 0.00 where none is planned */
    public record Group(String key, long projects, BigDecimal plannedCost) {}
}
