package de.msh.funding.statement.application;

import de.msh.platform.rule.InvalidInput;

/** A hand resolution that does not fit its booking; {@link #field()} names the input at fault. */
public class InvalidResolution extends InvalidInput {

    public InvalidResolution(String field, String message) {
        super("resolution-invalid", "Zuordnung ungültig", field, message);
    }
}
