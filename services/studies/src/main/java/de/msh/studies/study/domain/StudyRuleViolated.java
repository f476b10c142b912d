package de.msh.studies.study.domain;

/** A change the study's state forbids; {@link #rule()} is a stable slug clients can switch on. */
public class StudyRuleViolated extends RuntimeException {

    public static final String STATUS_NOT_ALLOWED = "study-status-not-allowed";
    public static final String ARCHIVED = "study-archived";
    public static final String RECOMMENDATION_NOT_ALLOWED = "recommendation-transition-not-allowed";
    public static final String ALREADY_ADOPTED = "recommendation-already-adopted-into-project";
    public static final String REASON_REQUIRED = "recommendation-rejection-reason-required";
    public static final String WITHDRAWAL_REASON_REQUIRED = "study-withdrawal-reason-required";
    public static final String CARRIED_OUT = "study-carried-out-by-projects";

    private final String rule;

    StudyRuleViolated(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
