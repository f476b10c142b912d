package de.msh.funding.statement.application;

public class StatementNotFound extends RuntimeException {

    public StatementNotFound(String id) {
        super("Kein Kontoauszug " + id);
    }
}
