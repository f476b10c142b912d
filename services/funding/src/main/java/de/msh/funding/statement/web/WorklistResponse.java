package de.msh.funding.statement.web;

import de.msh.funding.statement.application.Reconciliation;
import java.util.List;

/** What finance staff still have to do, as the API shows it. */
record WorklistResponse(
        List<OpenBooking> bookings,
        List<Reconciliation.OverdueCall> overdueCalls,
        List<Reconciliation.OverdueProof> overdueProofs,
        List<Reconciliation.IdleMoney> idleMoney,
        List<Reconciliation.UnbackedCommitment> unbackedCommitments) {

    /** @param statementId the imported statement's id; {@code statement} the bank's */
    record OpenBooking(String statementId, String iban, String statement, BookingResponse booking) {}

    static WorklistResponse of(Reconciliation.Worklist worklist) {
        return new WorklistResponse(
                worklist.bookings().stream()
                        .map(b -> new OpenBooking(
                                b.statementId(), b.iban(), b.statement(), BookingResponse.of(b.booking())))
                        .toList(),
                worklist.overdueCalls(),
                worklist.overdueProofs(),
                worklist.idleMoney(),
                worklist.unbackedCommitments());
    }
}
