package de.msh.milestones.calendar.domain;

import de.msh.events.milestones.MilestoneKind;
import de.msh.milestones.schedule.domain.Milestone;

/**
 * Which milestones a person's calendar shows, by role: finance looks after the funding deadlines; the steering
 * office, managers, auditors and admins follow every milestone.
 */
public final class FeedScope {

    private FeedScope() {}

    public static boolean shows(FeedOwner owner, Milestone milestone) {
        if (owner.roles().contains("steering")
                || owner.roles().contains("admin")
                || owner.roles().contains("manager")
                || owner.roles().contains("auditor")) {
            return true;
        }
        return owner.roles().contains("finance") && milestone.kind() == MilestoneKind.FUNDING_DEADLINE;
    }
}
