package de.msh.funding.statement.domain;

import java.time.Instant;
import java.util.Optional;

/** The settlements of bank bookings, one per booking identity; the store's unique id refuses a second. */
public interface Settlements {

    /** Claims the booking for this settlement; returns the settlement that held it before, if one did. */
    Optional<Settlement> claim(Settlement settlement);

    Optional<Settlement> find(String id);

    /** The statement shows the settlement now. */
    void settled(String id, Instant at);

    /** Gives up a claim that changed no grant, so the booking is open again; a later claim is left alone. */
    void release(Settlement claim);
}
