package de.msh.milestones.reminder.domain;

/** Why a reminder goes out. */
public enum ReminderKind {
    /** The forecast date is within the configured number of days. */
    DUE_SOON,
    /** The forecast date has passed and the milestone is neither reached nor closed. */
    MISSED
}
