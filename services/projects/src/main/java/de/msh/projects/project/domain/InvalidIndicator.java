package de.msh.projects.project.domain;

import de.msh.platform.rule.InvalidInput;

/** An indicator contribution or report that breaks a rule of its own; {@link #field()} names the input at fault. */
public class InvalidIndicator extends InvalidInput {

    InvalidIndicator(String field, String message) {
        super("indicator-invalid", "Indikatorangabe ungültig", field, message);
    }
}
