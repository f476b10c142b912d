package de.msh.reporting.masterplan.domain;

import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.ProjectPhase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row per project with its plans and reports on the indicators. Like every read model here, a change is applied
 * only if the event's sequence is newer than the row's.
 */
public interface ContributionRows {

    boolean planned(
            String projectId,
            long sequence,
            @Nullable String field,
            @Nullable ProjectPhase phase,
            List<PlannedContribution> contributions);

    boolean phase(String projectId, long sequence, ProjectPhase phase);

    boolean reported(String projectId, long sequence, String indicator, LocalDate on, BigDecimal value);

    /** Every project that planned or reported something on the indicator. */
    List<ProjectContributions> on(String indicator);
}
