package de.msh.funding.programme.domain;

import de.msh.platform.rule.RuleViolated;

/** A commitment the envelope cannot hold: approving it would spend money the programme does not have. */
public class EnvelopeExceeded extends RuleViolated {

    public static final String RULE = "envelope-exceeded";

    public EnvelopeExceeded(String message) {
        super(RULE, message);
    }
}
