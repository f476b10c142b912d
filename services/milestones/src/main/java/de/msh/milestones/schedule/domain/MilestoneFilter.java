package de.msh.milestones.schedule.domain;

import de.msh.events.milestones.MilestoneKind;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which milestones to list across the portfolio; an absent criterion matches all.
 *
 * @param dueFrom first day of the due window, by the date a milestone is expected (reached, or its forecast)
 * @param dueTo last day of the due window
 * @param manager the name of the projects' manager, as the projects service knows it (case ignored)
 */
public record MilestoneFilter(
        Set<MilestoneStatus> statuses,
        @Nullable MilestoneKind kind,
        @Nullable LocalDate dueFrom,
        @Nullable LocalDate dueTo,
        @Nullable String manager) {

    public MilestoneFilter {
        statuses = Set.copyOf(statuses);
        if (dueFrom != null && dueTo != null && dueTo.isBefore(dueFrom)) {
            throw new InvalidMilestone("dueTo", "The due window ends before it starts");
        }
    }

    public boolean matches(Milestone milestone, LocalDate today, SlippageRules rules) {
        LocalDate due = milestone.expectedOn();
        return (statuses.isEmpty() || statuses.contains(milestone.status(today, rules)))
                && (kind == null || kind == milestone.kind())
                && (dueFrom == null || !due.isBefore(dueFrom))
                && (dueTo == null || !due.isAfter(dueTo));
    }
}
