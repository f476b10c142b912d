package de.msh.projects.project.domain;

import de.msh.platform.rule.RuleViolated;

/** A phase change the rules forbid; {@link #rule()} names the rule (a stable slug clients can switch on). */
public class PhaseChangeRefused extends RuleViolated {

    public static final String NOT_ALLOWED = "phase-transition-not-allowed";
    public static final String REASON_REQUIRED = "phase-change-reason-required";
    public static final String FUNDING_DECISION_REQUIRED = "approval-requires-funding-decision";

    PhaseChangeRefused(String rule, String message) {
        super(rule, message);
    }
}
