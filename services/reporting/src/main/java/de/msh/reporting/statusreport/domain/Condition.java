package de.msh.reporting.statusreport.domain;

/**
 * What the traffic-light rules can name. Which of them turns a report red or yellow is reference data
 * ({@link StatusRules}); what each means is here.
 */
public enum Condition {
    /** A phase gate's forecast has passed without it being reached. */
    GATE_MISSED,
    /** A funding deadline (proof of use, end of a spending window) has passed without it being reached. */
    FUNDING_DEADLINE_MISSED,
    /** Another milestone (deliverable, reporting date) has passed without being reached. */
    MILESTONE_MISSED,
    /** A milestone not yet reached is due within the rules' {@code atRiskDays}. */
    MILESTONE_AT_RISK,
    /** A Masterplan indicator of a field in the report is assessed as deteriorating. */
    INDICATOR_DETERIORATING,
    /** A Masterplan indicator of a field in the report needs its progress to accelerate. */
    INDICATOR_ACCELERATION_NEEDED
}
