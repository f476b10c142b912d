package de.msh.platform.rule;

/**
 * Input that breaks a rule of its own, found by the domain rather than by bean validation; answered with 422, the
 * problem type {@link #problem()}, the German {@link #title()}, and the field at fault.
 */
public abstract class InvalidInput extends IllegalArgumentException {

    private final String problem;
    private final String title;
    private final String field;

    protected InvalidInput(String problem, String title, String field, String message) {
        super(message);
        this.problem = problem;
        this.title = title;
        this.field = field;
    }

    /** The problem type's slug, e.g. {@code grant-invalid} or {@code unknown-project}. */
    public String problem() {
        return problem;
    }

    public String title() {
        return title;
    }

    /** The input at fault, as the domain names it. */
    public String field() {
        return field;
    }

    /** The input at fault as the client sent it; a subclass whose domain sees only part of the request widens it. */
    public String requestField() {
        return field;
    }
}
