package de.msh.projects.project.domain;

/** A phase change the rules forbid; {@link #rule()} names the rule (a stable slug clients can switch on). */
public class PhaseChangeRefused extends RuntimeException {

    public static final String NOT_ALLOWED = "phase-transition-not-allowed";
    public static final String REASON_REQUIRED = "phase-change-reason-required";
    public static final String FUNDING_DECISION_REQUIRED = "approval-requires-funding-decision";

    private final String rule;

    PhaseChangeRefused(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
