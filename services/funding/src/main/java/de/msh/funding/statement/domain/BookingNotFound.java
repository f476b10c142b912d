package de.msh.funding.statement.domain;

public class BookingNotFound extends RuntimeException {

    public BookingNotFound(String statementId, int position) {
        super("Der Kontoauszug " + statementId + " hat keine Buchung " + position);
    }
}
