package de.msh.funding.statement.domain;

import de.msh.platform.rule.RuleViolated;
import org.jspecify.annotations.Nullable;

/** A booking the matching or a person has already settled cannot be settled again. */
public class BookingNotOpen extends RuleViolated {

    public BookingNotOpen(String bookingId, MatchStatus status, @Nullable Resolution resolution) {
        super(
                "booking-settled",
                "Die Buchung " + bookingId + " ist bereits erledigt: "
                        + (resolution == null ? status : resolution.action() + " durch " + resolution.by()));
    }
}
