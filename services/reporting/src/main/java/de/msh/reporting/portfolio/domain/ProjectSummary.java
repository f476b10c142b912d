package de.msh.reporting.portfolio.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One project as the portfolio knows it, for lists of what changed, milestone health by field and manager, and
 * reports.
 *
 * @param completedOn the day (Europe/Berlin) its move to {@code COMPLETED} was recorded; absent before
 */
public record ProjectSummary(
        String projectId,
        @Nullable String code,
        @Nullable String title,
        @Nullable String phase,
        @Nullable String strategicField,
        @Nullable String projectManager,
        @Nullable LocalDate completedOn) {

    /** How lists name it: code and title, or the title alone where it has no code. */
    public @Nullable String name() {
        return code == null ? title : code + ": " + title;
    }
}
