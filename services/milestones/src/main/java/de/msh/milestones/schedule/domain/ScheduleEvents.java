package de.msh.milestones.schedule.domain;

import de.msh.events.milestones.MilestoneAchieved;
import de.msh.events.milestones.MilestoneAtRisk;
import de.msh.events.milestones.MilestoneClosed;
import de.msh.events.milestones.MilestoneMissed;
import de.msh.events.milestones.MilestonePlanned;
import de.msh.events.milestones.MilestoneReplanned;
import java.time.LocalDate;

/** Translates the schedule into the published language of {@code msh.milestones.events}. */
final class ScheduleEvents {

    private ScheduleEvents() {}

    static MilestonePlanned planned(String projectId, Milestone m, String by) {
        return new MilestonePlanned(
                projectId, m.id(), m.title(), m.kind(), m.baselineOn(), m.dependsOn(), m.grantId(), m.rule(), by);
    }

    static MilestoneReplanned replanned(String projectId, Milestone m, Replan replan) {
        return new MilestoneReplanned(projectId, m.id(), replan.from(), replan.to(), replan.reason(), replan.by());
    }

    static MilestoneAchieved achieved(String projectId, Milestone m, String by) {
        return new MilestoneAchieved(projectId, m.id(), m.achievedOn(), m.baselineOn(), by);
    }

    static MilestoneAtRisk atRisk(String projectId, Milestone m, LocalDate today) {
        return new MilestoneAtRisk(projectId, m.id(), m.forecastOn(), today);
    }

    static MilestoneMissed missed(String projectId, Milestone m, LocalDate today) {
        return new MilestoneMissed(projectId, m.id(), m.forecastOn(), today);
    }

    static MilestoneClosed closed(String projectId, Milestone m, String by) {
        return new MilestoneClosed(projectId, m.id(), m.closedReason(), by);
    }
}
