package de.msh.funding.grant.domain;

import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.PaymentDisbursed;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.PaymentReconciled;
import de.msh.funding.grant.domain.Payments.Disbursement;
import de.msh.funding.grant.domain.Payments.FundCall;
import de.msh.funding.grant.domain.Payments.Receipt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A grant's money as it moves: calls per tranche (Mittelabruf), money received on them, money passed on, and the
 * bank bookings that show each payment. One part of the {@link Grant} aggregate, saved with it; the money rules
 * themselves are {@link GrantAccount}'s.
 */
final class GrantPayments extends GrantPart {

    private final String fileNumber;

    GrantPayments(Grant grant) {
        super(grant);
        this.fileNumber = grant.fileNumber();
    }

    /** Calls money of one yearly tranche (Mittelabruf). */
    FundCall callFunds(CallFunds command, LocalDate today, String by, Instant at) {
        Decision current = requireApproved();
        int trancheYear = command.trancheYear();
        LocalDate calledOn = command.calledOn();
        String note = command.note();
        requireBetween("calledOn", calledOn, current.decidedOn(), today);
        FundCall call = account.call(current, trancheYear, command.amount(), calledOn, by, note);
        changed(
                at,
                by,
                "funds-called",
                call.id() + ": " + call.amount().toPlainString() + " EUR from tranche " + trancheYear,
                note);
        record(
                new FundsCalled(
                        id, projectId, fileNumber, call.id(), trancheYear, call.amount(), CURRENCY, calledOn, by),
                at);
        return call;
    }

    /**
     * Records money the funding body paid on a call. From a bank statement, the booking id makes it idempotent: the
     * same booking again returns the receipt already recorded.
     */
    Receipt receive(ReceivePayment command, LocalDate today, String by, Instant at) {
        requireApproved();
        String callId = command.callId();
        LocalDate receivedOn = command.receivedOn();
        String bookingId = command.bookingId();
        if (bookingId != null) {
            Optional<Receipt> known = account.receiptOfBooking(bookingId);
            if (known.isPresent()) {
                return known.get();
            }
        }
        requireBetween("receivedOn", receivedOn, Decision.EARLIEST, today);
        Receipt receipt = account.receive(callId, command.amount(), receivedOn, bookingId, by);
        changed(
                at,
                by,
                "payment-received",
                receipt.id() + ": " + receipt.amount().toPlainString() + " EUR on " + callId,
                bookingId == null ? null : "Buchung " + bookingId);
        record(
                new PaymentReceived(id, projectId, callId, receipt.id(), receipt.amount(), CURRENCY, receivedOn, by),
                at);
        if (bookingId != null) {
            record(
                    new PaymentReconciled(
                            id, projectId, receipt.id(), bookingId, receipt.amount(), CURRENCY, receivedOn, by),
                    at);
        }
        return receipt;
    }

    /** Records money passed on to whoever carries out the measure. */
    Disbursement disburse(DisbursePayment command, LocalDate today, String by, Instant at) {
        requireApproved();
        String recipient = command.recipient();
        LocalDate disbursedOn = command.disbursedOn();
        requireBetween("disbursedOn", disbursedOn, Decision.EARLIEST, today);
        Disbursement paid = account.disburse(recipient, command.amount(), disbursedOn, by);
        changed(
                at,
                by,
                "payment-disbursed",
                paid.id() + ": " + paid.amount().toPlainString() + " EUR to " + recipient,
                command.note());
        record(new PaymentDisbursed(id, projectId, paid.id(), recipient, paid.amount(), CURRENCY, disbursedOn, by), at);
        return paid;
    }

    /**
     * Ties a recorded receipt or disbursement to the bank booking that shows it. The same booking again changes
     * nothing and returns false.
     */
    boolean reconcile(
            String paymentId, String bookingId, BigDecimal booked, LocalDate bookedOn, String by, Instant at) {
        BigDecimal amount = paymentAmount(paymentId);
        if (amount.compareTo(booked) != 0) {
            throw new InvalidGrant(
                    "amount",
                    paymentId + " is " + amount.toPlainString() + " EUR, the booking " + booked.toPlainString()
                            + " EUR");
        }
        if (!account.reconcile(paymentId, bookingId)) {
            return false;
        }
        changed(at, by, "payment-reconciled", paymentId + " shown by booking " + bookingId, null);
        record(new PaymentReconciled(id, projectId, paymentId, bookingId, amount, CURRENCY, bookedOn, by), at);
        return true;
    }

    private BigDecimal paymentAmount(String paymentId) {
        return Stream.concat(
                        account.receipts().stream()
                                .filter(r -> r.id().equals(paymentId))
                                .map(Receipt::amount),
                        account.disbursements().stream()
                                .filter(d -> d.id().equals(paymentId))
                                .map(Disbursement::amount))
                .findFirst()
                .orElseThrow(() -> new InvalidGrant("paymentId", "The grant has no payment " + paymentId));
    }
}
