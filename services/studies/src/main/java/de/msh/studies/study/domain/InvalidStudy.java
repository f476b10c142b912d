package de.msh.studies.study.domain;

/** Study data that breaks a rule of its own; {@link #field()} names the input at fault. */
public class InvalidStudy extends IllegalArgumentException {

    private final String field;

    public InvalidStudy(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
