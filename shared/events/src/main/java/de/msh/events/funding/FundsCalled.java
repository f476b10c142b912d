package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when money of a grant's yearly tranche is called (Mittelabruf); a payment from the funding body is expected.
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money is for
 * @param fileNumber the grant's file number, which the payment's remittance text should carry
 * @param callId the call within the grant ({@code C-1}, {@code C-2}, …)
 * @param trancheYear the tranche the money comes from
 * @param amount the called amount, scale 2
 * @param currency {@code EUR}
 * @param calledOn the day of the call
 * @param calledBy the user name of who recorded it
 */
@EventType("msh.funding.FundsCalled.v1")
public record FundsCalled(
        String grantId,
        String projectId,
        String fileNumber,
        String callId,
        int trancheYear,
        BigDecimal amount,
        String currency,
        LocalDate calledOn,
        String calledBy)
        implements FundingEvent {

    public FundsCalled {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(fileNumber, "fileNumber");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(calledOn, "calledOn");
        Objects.requireNonNull(calledBy, "calledBy");
    }
}
