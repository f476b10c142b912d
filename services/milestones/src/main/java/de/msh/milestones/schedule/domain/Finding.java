package de.msh.milestones.schedule.domain;

/** What the last evaluation announced about an open milestone, so that each change is announced once. */
public enum Finding {
    NONE,
    AT_RISK,
    MISSED
}
