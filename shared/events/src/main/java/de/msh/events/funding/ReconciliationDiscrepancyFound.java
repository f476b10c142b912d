package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Emitted when a booking of a bank statement does not fit what was expected and needs finance staff's hand.
 *
 * @param statementId the imported statement, also the event subject
 * @param bookingId the booking, as {@code <statement id>/<position>}
 * @param account the account's IBAN
 * @param kind how it does not fit
 * @param amount the booked amount, scale 2, positive
 * @param currency {@code EUR}
 * @param bookedOn the booking day
 * @param grantId the grant the booking names, if any
 * @param detail what the matching found, in the users' language
 */
@EventType("msh.funding.ReconciliationDiscrepancyFound.v1")
public record ReconciliationDiscrepancyFound(
        String statementId,
        String bookingId,
        String account,
        DiscrepancyKind kind,
        BigDecimal amount,
        String currency,
        LocalDate bookedOn,
        @Nullable String grantId,
        String detail)
        implements FundingEvent {

    public ReconciliationDiscrepancyFound {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(bookedOn, "bookedOn");
        Objects.requireNonNull(detail, "detail");
    }
}
