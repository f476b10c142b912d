package de.msh.milestones.schedule.web;

import de.msh.events.milestones.MilestoneKind;
import de.msh.milestones.schedule.domain.Milestone;
import de.msh.milestones.schedule.domain.MilestoneStatus;
import de.msh.milestones.schedule.domain.Replan;
import de.msh.milestones.schedule.domain.Schedule;
import de.msh.milestones.schedule.domain.SlippageRules;
import de.msh.milestones.schedule.domain.TrendPoint;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A milestone as of today: its status is derived from its dates, and {@code brokenDependencies} names the milestones
 * it depends on that are expected after it.
 *
 * @param slippageDays days behind the baseline (negative: ahead), by the actual date once reached
 */
record MilestoneResponse(
        String id,
        String projectId,
        String title,
        MilestoneKind kind,
        LocalDate baselineOn,
        LocalDate forecastOn,
        @Nullable LocalDate achievedOn,
        MilestoneStatus status,
        long slippageDays,
        List<String> dependsOn,
        List<String> brokenDependencies,
        @Nullable String grantId,
        @Nullable String rule,
        @Nullable String closedReason,
        List<Replan> replans,
        List<TrendPoint> trend) {

    static MilestoneResponse of(Schedule schedule, Milestone m, LocalDate today, SlippageRules rules) {
        return new MilestoneResponse(
                m.id(),
                schedule.projectId(),
                m.title(),
                m.kind(),
                m.baselineOn(),
                m.forecastOn(),
                m.achievedOn(),
                m.status(today, rules),
                m.slippageDays(),
                m.dependsOn(),
                schedule.brokenDependencies(m.id()),
                m.grantId(),
                m.rule(),
                m.closedReason(),
                m.replans(),
                m.trend());
    }
}
