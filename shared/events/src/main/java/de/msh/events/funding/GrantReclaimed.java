package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when money of a grant is reclaimed (Rückforderung). With {@code revoked} the decision is revoked as a whole: the project has no approved funding from this grant any more.
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money was for
 * @param reclaimId the reclaim within the grant ({@code RF-1}, …)
 * @param amount the amount reclaimed, scale 2, without interest
 * @param currency {@code EUR}
 * @param effectiveFrom from when interest runs (§ 49a (3) VwVfG)
 * @param revoked whether the whole decision was revoked
 * @param reason why, as the decision states it
 * @param decidedBy the user name of who recorded it
 */
@EventType("msh.funding.GrantReclaimed.v1")
public record GrantReclaimed(
        String grantId,
        String projectId,
        String reclaimId,
        BigDecimal amount,
        String currency,
        LocalDate effectiveFrom,
        boolean revoked,
        String reason,
        String decidedBy)
        implements FundingEvent {

    public GrantReclaimed {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(reclaimId, "reclaimId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }
}
