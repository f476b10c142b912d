package de.msh.milestones.schedule.domain;

/**
 * What the last evaluation announced about an open milestone, so that each change is announced once: missed once,
 * at risk once (and not after missed). A re-plan clears it, so the new forecast is judged afresh.
 */
public enum Finding {
    NONE,
    AT_RISK,
    MISSED;

    /** What an evaluation newly announces for a milestone of this status that had this finding before; else NONE. */
    static Finding toAnnounce(MilestoneStatus status, Finding before) {
        if (status == MilestoneStatus.MISSED && before != MISSED) {
            return MISSED;
        }
        if (status == MilestoneStatus.AT_RISK && before == NONE) {
            return AT_RISK;
        }
        return NONE;
    }
}
