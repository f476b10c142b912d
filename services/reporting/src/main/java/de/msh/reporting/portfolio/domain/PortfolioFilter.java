package de.msh.reporting.portfolio.domain;

import de.msh.events.projects.ProjectPhase;
import org.jspecify.annotations.Nullable;

/** Which projects a portfolio view counts; every part optional, all given parts must hold. */
public record PortfolioFilter(
        @Nullable ProjectPhase phase,
        @Nullable String strategicField,
        @Nullable String municipality,
        @Nullable String projectManager,
        @Nullable String tag) {

    public static PortfolioFilter none() {
        return new PortfolioFilter(null, null, null, null, null);
    }
}
