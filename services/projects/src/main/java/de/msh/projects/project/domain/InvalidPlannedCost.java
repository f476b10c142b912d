package de.msh.projects.project.domain;

/** A planned cost that breaks a money rule; {@link #field()} names the part of the input at fault. */
public class InvalidPlannedCost extends IllegalArgumentException {

    private final String field;

    InvalidPlannedCost(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
