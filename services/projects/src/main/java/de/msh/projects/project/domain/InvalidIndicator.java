package de.msh.projects.project.domain;

/** An indicator contribution or report that breaks a rule of its own; {@link #field()} names the input at fault. */
public class InvalidIndicator extends IllegalArgumentException {

    private final String field;

    InvalidIndicator(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
