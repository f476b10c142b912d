package de.msh.funding.statement.application;

/** A hand resolution that does not fit its booking; {@link #field()} names the input at fault. */
public class InvalidResolution extends RuntimeException {

    private final String field;

    public InvalidResolution(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
