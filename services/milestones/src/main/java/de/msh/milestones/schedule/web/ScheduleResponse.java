package de.msh.milestones.schedule.web;

import de.msh.milestones.schedule.domain.Schedule;
import de.msh.milestones.schedule.domain.SlippageRules;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A project's milestones as of today, by forecast date.
 *
 * @param revision the schedule's revision, to send back with a change
 * @param slippageDays the project's slippage: the largest of its milestones' (0 when none slipped)
 */
record ScheduleResponse(
        String projectId,
        long revision,
        boolean projectCancelled,
        LocalDate today,
        long slippageDays,
        List<MilestoneResponse> milestones) {

    static ScheduleResponse of(Schedule schedule, LocalDate today, SlippageRules rules) {
        List<MilestoneResponse> milestones = schedule.milestones().stream()
                .map(m -> MilestoneResponse.of(schedule, m, today, rules))
                .sorted(Comparator.comparing(MilestoneResponse::forecastOn).thenComparing(MilestoneResponse::id))
                .toList();
        long slippage = milestones.stream()
                .mapToLong(MilestoneResponse::slippageDays)
                .max()
                .orElse(0);
        return new ScheduleResponse(
                schedule.projectId(),
                schedule.revision(),
                schedule.isProjectCancelled(),
                today,
                Math.max(0, slippage),
                milestones);
    }
}
