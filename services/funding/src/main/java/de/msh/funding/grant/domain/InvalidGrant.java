package de.msh.funding.grant.domain;

/** Grant data that breaks a money or date rule; {@link #field()} names the input at fault. */
public class InvalidGrant extends IllegalArgumentException {

    private final String field;

    public InvalidGrant(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
