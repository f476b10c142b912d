package de.msh.funding.statement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the matching knows of a grant: how it is named, whether it is approved, the calls still open and the payments
 * recorded with the bookings that show them. The statement feature's own view, handed over by its {@code GrantLedger}
 * port, so nothing here depends on how the grant feature keeps its grants.
 *
 * @param status the grant's status as its feature names it ({@code APPROVED} …), for messages
 */
public record GrantFacts(
        String id,
        String fileNumber,
        String programmeId,
        String periodId,
        String status,
        List<Call> calls,
        List<Payment> receipts,
        List<Payment> disbursements) {

    public static final String APPROVED = "APPROVED";

    public GrantFacts {
        calls = List.copyOf(calls);
        receipts = List.copyOf(receipts);
        disbursements = List.copyOf(disbursements);
    }

    public boolean approved() {
        return APPROVED.equals(status);
    }

    /** A call and what the funding body still owes on it. */
    public record Call(String id, LocalDate calledOn, BigDecimal open) {}

    /**
     * A receipt or disbursement.
     *
     * @param on the day it was received or passed on
     * @param bookingId the bank booking that shows it, once one does
     */
    public record Payment(
            String id,
            BigDecimal amount,
            LocalDate on,
            @Nullable String bookingId) {}
}
