package de.msh.funding.grant.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Record money the funding body paid on a call.
 *
 * @param bookingId the bank booking that shows it, when it comes from a statement: the same booking again is the
 *     same receipt
 */
public record ReceivePayment(
        String callId,
        BigDecimal amount,
        LocalDate receivedOn,
        @Nullable String bookingId) {}
