package de.msh.funding.statement.application;

import de.msh.funding.statement.domain.GrantFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The statement feature's port to the grants: what it reads of them and the two changes a bank booking makes. A
 * connector outside both features implements it, so the statement feature never sees how grants are kept. A grant
 * that does not exist is {@link UnknownGrant}; a grant refusing a change throws its rule (a {@code RuleViolated} or
 * {@code InvalidInput}).
 */
public interface GrantLedger {

    List<GrantFacts> all();

    /** Records money received on a call as a bank booking shows it; the booking id makes it idempotent. */
    Booked receiveBooked(
            String grantId, String callId, BigDecimal amount, LocalDate valueDate, String bookingId, String by);

    /** Ties a payment recorded by hand to the booking that shows it; the same booking again changes nothing. */
    Booked reconcileBooked(
            String grantId, String paymentId, String bookingId, BigDecimal amount, LocalDate bookedOn, String by);

    /** What finance staff must follow up on the grants' side, as of the office's today. */
    FollowUps followUps(LocalDate today);

    /** The grant as it stands after a booking changed it, and the payment the booking is now shown on. */
    record Booked(GrantFacts grant, String paymentId) {}

    record FollowUps(
            List<Reconciliation.OverdueCall> overdueCalls,
            List<Reconciliation.OverdueProof> overdueProofs,
            List<Reconciliation.IdleMoney> idleMoney,
            List<Reconciliation.UnbackedCommitment> unbackedCommitments) {}
}
