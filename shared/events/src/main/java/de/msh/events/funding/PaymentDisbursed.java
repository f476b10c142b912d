package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when received money is passed on to the recipient who carries out the measure (Weiterleitung).
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money is for
 * @param paymentId the disbursement within the grant ({@code D-1}, …)
 * @param recipient who received the money
 * @param amount the amount passed on, scale 2
 * @param currency {@code EUR}
 * @param disbursedOn the day it was paid out
 * @param recordedBy the user name of who recorded it
 */
@EventType("msh.funding.PaymentDisbursed.v1")
public record PaymentDisbursed(
        String grantId,
        String projectId,
        String paymentId,
        String recipient,
        BigDecimal amount,
        String currency,
        LocalDate disbursedOn,
        String recordedBy)
        implements FundingEvent {

    public PaymentDisbursed {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(disbursedOn, "disbursedOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
