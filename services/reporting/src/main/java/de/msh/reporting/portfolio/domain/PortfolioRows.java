package de.msh.reporting.portfolio.domain;

import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row per project. Each change is applied only if the event's sequence is newer than the row's, so a redelivered
 * or replayed event changes nothing; each method says whether the row changed.
 */
public interface PortfolioRows {

    boolean registered(ProjectRegistered event, long sequence);

    boolean updated(ProjectUpdated event, long sequence);

    /** {@code on} is the day (Europe/Berlin) the change was recorded; a project's completion keeps it. */
    boolean phaseChanged(ProjectPhaseChanged event, long sequence, LocalDate on);

    /** Derived from the rows on every call, never a running counter a redelivery could bump twice. */
    Map<ProjectPhase, Long> countByPhase();

    /** The strategic field of each of the given projects that has one; projects not (yet) seen are left out. */
    Map<String, String> strategicFields(Collection<String> projectIds);

    /** Every project, by id. */
    List<ProjectSummary> projects();

    /** Those of the given projects that are cancelled. */
    Set<String> cancelled(Collection<String> projectIds);

    /** The projects the filter lets through, grouped and summed from their rows on every call. */
    PortfolioView view(PortfolioFilter filter);
}
