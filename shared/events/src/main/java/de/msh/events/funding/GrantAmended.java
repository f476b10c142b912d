package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Emitted when an amending decision (Änderungsbescheid) replaces a grant's decision; the earlier versions stay on record.
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money is for
 * @param version the decision's version, 1 being the original approval
 * @param amount the approved amount now, scale 2
 * @param rate the funding rate now, as a share (0.9 = 90 %)
 * @param eligibleCosts the eligible costs now, scale 2
 * @param currency ISO 4217 code of the amounts; {@code EUR}
 * @param decidedOn the date of the amending decision
 * @param reason why, as the decision states it
 * @param amendedBy the user name of who recorded it
 * @param measureEnd the last day of the measure under the amended decision; absent in events recorded before it was
 *     added (added in v1, optional)
 */
@EventType("msh.funding.GrantAmended.v1")
public record GrantAmended(
        String grantId,
        String projectId,
        int version,
        BigDecimal amount,
        BigDecimal rate,
        BigDecimal eligibleCosts,
        String currency,
        LocalDate decidedOn,
        String reason,
        String amendedBy,
        @Nullable LocalDate measureEnd)
        implements FundingEvent {

    /** The event as it was before the measure's end was added. */
    public GrantAmended(
            String grantId,
            String projectId,
            int version,
            BigDecimal amount,
            BigDecimal rate,
            BigDecimal eligibleCosts,
            String currency,
            LocalDate decidedOn,
            String reason,
            String amendedBy) {
        this(grantId, projectId, version, amount, rate, eligibleCosts, currency, decidedOn, reason, amendedBy, null);
    }

    public GrantAmended {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(eligibleCosts, "eligibleCosts");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amendedBy, "amendedBy");
    }
}
