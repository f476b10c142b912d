package de.msh.reporting.masterplan.domain;

import de.msh.events.projects.ProjectPhase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * What one project plans and has reported on the Masterplan indicators, as its events left it.
 *
 * @param planned the planned amount per indicator key
 * @param reported per indicator key, the project's total achieved by each day it reported one; a later report for
 *     the same day corrects the earlier
 */
public record ProjectContributions(
        String projectId,
        @Nullable String field,
        @Nullable ProjectPhase phase,
        Map<String, BigDecimal> planned,
        Map<String, SortedMap<LocalDate, BigDecimal>> reported) {

    /** Projects whose plans count as planned progress: approved, or being carried out. */
    public boolean committed() {
        return phase == ProjectPhase.APPROVED || phase == ProjectPhase.IMPLEMENTATION;
    }
}
