package de.msh.projects.project.domain;

/** An indicator report or plan change that the project's state forbids; {@link #rule()} is a stable slug. */
public class IndicatorRuleViolated extends RuntimeException {

    public static final String REQUIRES_IMPLEMENTATION = "indicator-report-requires-implementation";
    public static final String HAS_REPORTS = "indicator-has-reports";

    private final String rule;

    IndicatorRuleViolated(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
