package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when money the funding body paid on a call is recorded, by hand or from a bank statement.
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money is for
 * @param callId the call the money answers
 * @param paymentId the receipt within the grant ({@code R-1}, …)
 * @param amount the amount received, scale 2
 * @param currency {@code EUR}
 * @param receivedOn the value date
 * @param recordedBy the user name of who recorded it
 */
@EventType("msh.funding.PaymentReceived.v1")
public record PaymentReceived(
        String grantId,
        String projectId,
        String callId,
        String paymentId,
        BigDecimal amount,
        String currency,
        LocalDate receivedOn,
        String recordedBy)
        implements FundingEvent {

    public PaymentReceived {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
