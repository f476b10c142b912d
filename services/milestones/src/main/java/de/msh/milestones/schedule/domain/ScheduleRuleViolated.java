package de.msh.milestones.schedule.domain;

import de.msh.platform.rule.RuleViolated;

/** A change the schedule's state forbids; {@link #rule()} is a stable slug clients can switch on. */
public class ScheduleRuleViolated extends RuleViolated {

    public static final String NOT_OPEN = "milestone-not-open";
    public static final String DEPENDENCY_CYCLE = "milestone-dependency-cycle";
    public static final String UNKNOWN_DEPENDENCY = "milestone-dependency-unknown";
    public static final String PROJECT_CLOSED = "milestone-project-cancelled";

    ScheduleRuleViolated(String rule, String message) {
        super(rule, message);
    }
}
