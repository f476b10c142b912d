package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a grant decision (Zuwendungsbescheid) approves funding for a project. A project may enter the
 * approved phase only once such a decision is known.
 *
 * @param grantId the grant's stable id, also the event subject
 * @param projectId the project the money is for
 * @param programme id of the funding programme (e.g. {@code invkg-arm1}, {@code stark})
 * @param amount the approved amount, scale 2
 * @param currency ISO 4217 code of the amount; {@code EUR}
 * @param decidedOn the date of the decision
 * @param approvedBy the user name of who recorded the decision
 */
@EventType("msh.funding.GrantApproved.v1")
public record GrantApproved(
        String grantId,
        String projectId,
        String programme,
        BigDecimal amount,
        String currency,
        LocalDate decidedOn,
        String approvedBy)
        implements FundingEvent {

    public GrantApproved {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(approvedBy, "approvedBy");
    }
}
