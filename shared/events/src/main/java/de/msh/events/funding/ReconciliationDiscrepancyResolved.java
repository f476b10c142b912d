package de.msh.events.funding;

import de.msh.events.EventType;
import java.util.Objects;

/**
 * Emitted when finance staff settle a booking that was announced as a discrepancy: assigned to one payment, split
 * over several (each part also announced as {@link PaymentReconciled} on its grant), or marked as not relevant to
 * funding. From then on the discrepancy is no longer open.
 *
 * @param statementId the imported statement, also the event subject
 * @param bookingId the booking, as {@code <statement id>/<position>}
 * @param action {@code ASSIGNED}, {@code SPLIT} or {@code NOT_RELEVANT}
 * @param reason why, as the person gave it
 * @param resolvedBy the user name
 */
@EventType("msh.funding.ReconciliationDiscrepancyResolved.v1")
public record ReconciliationDiscrepancyResolved(
        String statementId, String bookingId, String action, String reason, String resolvedBy) implements FundingEvent {

    public ReconciliationDiscrepancyResolved {
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(resolvedBy, "resolvedBy");
    }
}
