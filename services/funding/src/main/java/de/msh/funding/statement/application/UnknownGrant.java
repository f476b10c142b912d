package de.msh.funding.statement.application;

import de.msh.platform.rule.InvalidInput;

/** A booking settled on a grant that does not exist. */
public class UnknownGrant extends InvalidInput {

    public UnknownGrant(String message) {
        super("unknown-grant", "Unbekannter Verweis", "parts", message);
    }
}
