package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when reclaimed money comes back to the funding body, with the interest charged on it (§ 49a (3) VwVfG):
 * the money returned that reporting shows beside the money reclaimed.
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money was for
 * @param reclaimId the reclaim repaid ({@code RF-1}, …)
 * @param amount the reclaimed amount repaid, scale 2, without interest
 * @param interest the interest charged on it, scale 2
 * @param currency {@code EUR}
 * @param paidOn the day it was paid
 * @param interestDays the days interest ran for
 * @param recordedBy the user name of who recorded it
 */
@EventType("msh.funding.ReclaimRepaid.v1")
public record ReclaimRepaid(
        String grantId,
        String projectId,
        String reclaimId,
        BigDecimal amount,
        BigDecimal interest,
        String currency,
        LocalDate paidOn,
        long interestDays,
        String recordedBy)
        implements FundingEvent {

    public ReclaimRepaid {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(reclaimId, "reclaimId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(interest, "interest");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
