package de.msh.reporting.masterplan.domain;

import de.msh.platform.rule.InvalidInput;

/** An indicator or edit that breaks a rule of the catalogue. */
public class InvalidIndicator extends InvalidInput {

    public InvalidIndicator(String field, String message) {
        super("catalogue-invalid", "Ungültige Katalogänderung", field, message);
    }
}
