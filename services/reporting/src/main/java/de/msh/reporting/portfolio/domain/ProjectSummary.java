package de.msh.reporting.portfolio.domain;

import org.jspecify.annotations.Nullable;

/** One project as the portfolio knows it, for lists of what changed and for milestone health by field and manager. */
public record ProjectSummary(
        String projectId,
        @Nullable String code,
        @Nullable String title,
        @Nullable String phase,
        @Nullable String strategicField,
        @Nullable String projectManager) {}
