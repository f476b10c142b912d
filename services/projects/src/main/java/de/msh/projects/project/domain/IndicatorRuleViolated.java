package de.msh.projects.project.domain;

import de.msh.platform.rule.RuleViolated;

/** An indicator report or plan change that the project's state forbids; {@link #rule()} is a stable slug. */
public class IndicatorRuleViolated extends RuleViolated {

    public static final String REQUIRES_IMPLEMENTATION = "indicator-report-requires-implementation";
    public static final String HAS_REPORTS = "indicator-has-reports";

    IndicatorRuleViolated(String rule, String message) {
        super(rule, message);
    }
}
