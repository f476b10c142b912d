package de.msh.funding.grant.domain;

import de.msh.platform.rule.InvalidInput;

/** Grant data that breaks a money or date rule; {@link #field()} names the input at fault. */
public class InvalidGrant extends InvalidInput {

    public InvalidGrant(String field, String message) {
        super("grant-invalid", "Förderangaben ungültig", field, message);
    }
}
