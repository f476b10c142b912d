package de.msh.reporting.money.domain;

import java.util.List;

/**
 * One row per imported bank statement, holding each of its discrepancies under the booking's id. Like the grant rows,
 * a change is applied only if the event's sequence is newer than the row's.
 */
public interface DiscrepancyRows {

    boolean found(String statementId, long sequence, Discrepancy discrepancy);

    boolean resolved(String statementId, long sequence, String bookingId);

    /** Every discrepancy of every statement, open or resolved. */
    List<Discrepancy> all();
}
