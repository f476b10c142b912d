package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a booking of a bank statement is matched to a grant's payment, automatically or by hand.
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money is for
 * @param paymentId the receipt or disbursement the booking settles
 * @param bookingId the booking, as {@code <statement id>/<position>}
 * @param amount the booked amount, scale 2
 * @param currency {@code EUR}
 * @param bookedOn the booking day
 * @param reconciledBy {@code matching} for the automatic match, else the user name
 */
@EventType("msh.funding.PaymentReconciled.v1")
public record PaymentReconciled(
        String grantId,
        String projectId,
        String paymentId,
        String bookingId,
        BigDecimal amount,
        String currency,
        LocalDate bookedOn,
        String reconciledBy)
        implements FundingEvent {

    public PaymentReconciled {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(bookedOn, "bookedOn");
        Objects.requireNonNull(reconciledBy, "reconciledBy");
    }
}
