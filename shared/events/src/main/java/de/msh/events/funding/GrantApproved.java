package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * @param rate the funding rate, as a share of the eligible costs (0.9 = 90 %); absent in events recorded before it
 *     was added (added in v1, optional)
 * @param eligibleCosts the eligible costs, scale 2; absent as {@code rate} (added in v1, optional)
 * @param measureEnd the last day of the measure (Bewilligungszeitraum); absent as {@code rate} (added in v1,
 *     optional)
 */
@EventType("msh.funding.GrantApproved.v1")
public record GrantApproved(
        String grantId,
        String projectId,
        String programme,
        BigDecimal amount,
        String currency,
        LocalDate decidedOn,
        String approvedBy,
        @Nullable BigDecimal rate,
        @Nullable BigDecimal eligibleCosts,
        @Nullable LocalDate measureEnd)
        implements FundingEvent {

    /** The event as it was before rate, eligible costs and the measure's end were added. */
    public GrantApproved(
            String grantId,
            String projectId,
            String programme,
            BigDecimal amount,
            String currency,
            LocalDate decidedOn,
            String approvedBy) {
        this(grantId, projectId, programme, amount, currency, decidedOn, approvedBy, null, null, null);
    }

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
