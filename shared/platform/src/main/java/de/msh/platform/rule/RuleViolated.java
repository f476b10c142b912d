package de.msh.platform.rule;

/**
 * A change the state of an aggregate or its reference data forbids; answered with 409 and {@link #rule()} as the
 * problem type. Each service names its rules in its own subclass.
 */
public abstract class RuleViolated extends RuntimeException {

    private final String rule;

    protected RuleViolated(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable slug clients can switch on, e.g. {@code envelope-exceeded}. */
    public String rule() {
        return rule;
    }
}
