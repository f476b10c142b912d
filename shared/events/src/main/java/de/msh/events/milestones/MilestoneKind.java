package de.msh.events.milestones;

/** What a milestone marks. */
public enum MilestoneKind {
    /** The gate into a project phase (e.g. the funding decision before approval). */
    PHASE_GATE,
    /** A result the project delivers. */
    DELIVERABLE,
    /** A deadline of a grant: a proof of use due, or the end of the window in which received money must be spent. */
    FUNDING_DEADLINE,
    /** A date by which the project reports (e.g. to a committee). */
    REPORTING_DATE,
    /** An event the office holds, such as an Impulsgebertag or a Regionaldialog. */
    EVENT
}
