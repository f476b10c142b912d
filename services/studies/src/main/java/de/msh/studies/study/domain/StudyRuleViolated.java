package de.msh.studies.study.domain;

import de.msh.platform.rule.RuleViolated;

/** A change the study's state forbids; {@link #rule()} is a stable slug clients can switch on. */
public class StudyRuleViolated extends RuleViolated {

    public static final String STATUS_NOT_ALLOWED = "study-status-not-allowed";
    public static final String ARCHIVED = "study-archived";
    public static final String RECOMMENDATION_NOT_ALLOWED = "recommendation-transition-not-allowed";
    public static final String ALREADY_ADOPTED = "recommendation-already-adopted-into-project";
    public static final String REASON_REQUIRED = "recommendation-rejection-reason-required";
    public static final String WITHDRAWAL_REASON_REQUIRED = "study-withdrawal-reason-required";
    public static final String CARRIED_OUT = "study-carried-out-by-projects";

    StudyRuleViolated(String rule, String message) {
        super(rule, message);
    }
}
