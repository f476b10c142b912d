package de.msh.milestones.schedule.domain;

import java.time.LocalDate;

/**
 * Where a milestone stands, derived from its dates and today; never stored, so it is always current. The first rule
 * that holds wins:
 *
 * <ol>
 *   <li>{@link #ACHIEVED}: it has an actual date;
 *   <li>{@link #CLOSED}: it was closed without being reached (project cancelled, grant revoked);
 *   <li>{@link #MISSED}: its forecast date has passed;
 *   <li>{@link #AT_RISK}: its forecast date is within the warning period ({@link SlippageRules#atRiskDays()});
 *   <li>{@link #LATE}: its forecast lies after its baseline;
 *   <li>{@link #ON_TRACK}: its forecast is within the look-ahead ({@link SlippageRules#lookAheadDays()});
 *   <li>{@link #PLANNED}: further out.
 * </ol>
 */
public enum MilestoneStatus {
    PLANNED,
    ON_TRACK,
    AT_RISK,
    LATE,
    ACHIEVED,
    MISSED,
    CLOSED;

    public static MilestoneStatus of(Milestone milestone, LocalDate today, SlippageRules rules) {
        if (milestone.achievedOn() != null) {
            return ACHIEVED;
        }
        if (milestone.closedReason() != null) {
            return CLOSED;
        }
        LocalDate forecast = milestone.forecastOn();
        if (forecast.isBefore(today)) {
            return MISSED;
        }
        if (!forecast.isAfter(today.plusDays(rules.atRiskDays()))) {
            return AT_RISK;
        }
        if (forecast.isAfter(milestone.baselineOn())) {
            return LATE;
        }
        return forecast.isAfter(today.plusDays(rules.lookAheadDays())) ? PLANNED : ON_TRACK;
    }

    public boolean open() {
        return this != ACHIEVED && this != CLOSED;
    }
}
