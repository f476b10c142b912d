package de.msh.funding.statement.domain;

import org.jspecify.annotations.Nullable;

/** A booking the matching or a person has already settled cannot be settled again. */
public class BookingNotOpen extends RuntimeException {

    public BookingNotOpen(String bookingId, MatchStatus status, @Nullable Resolution resolution) {
        super("Die Buchung " + bookingId + " ist bereits erledigt: "
                + (resolution == null ? status : resolution.action() + " durch " + resolution.by()));
    }
}
