package de.msh.funding.grant.domain;

/** A step the grant's state or its programme forbids; {@link #rule()} is a stable slug clients can switch on. */
public class GrantRuleViolated extends RuntimeException {

    public static final String NOT_PENDING = "grant-already-decided";
    public static final String FEDERAL_SHARE_EXCEEDED = "federal-share-exceeded";
    public static final String ENVELOPE_EXCEEDED = "envelope-exceeded";

    private final String rule;

    public GrantRuleViolated(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
