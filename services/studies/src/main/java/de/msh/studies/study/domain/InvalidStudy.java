package de.msh.studies.study.domain;

import de.msh.platform.rule.InvalidInput;

/** Study data that breaks a rule of its own; {@link #field()} names the input at fault. */
public class InvalidStudy extends InvalidInput {

    public InvalidStudy(String field, String message) {
        super("study-invalid", "Studienangaben ungültig", field, message);
    }
}
