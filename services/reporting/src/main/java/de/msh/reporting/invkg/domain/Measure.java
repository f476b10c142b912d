package de.msh.reporting.invkg.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One grant as the § 8 report sees it, from the funding events. What an event recorded before a field was added
 * did not carry stays absent ("nicht erfasst"), never zero.
 *
 * @param federalAmount the current decision's amount (the federal share); absent before approval
 * @param rate the current decision's rate, a share of the eligible costs
 * @param status {@code APPLIED}, {@code APPROVED}, {@code REJECTED}, {@code REVOKED} or {@code CLOSED}
 * @param finalProven the spending the accepted final proof of use shows as eligible
 * @param recognised what the funding body recognised in the end by the final proof: the federal funds used
 */
public record Measure(
        String grantId,
        @Nullable String projectId,
        @Nullable String fileNumber,
        @Nullable String programme,
        @Nullable String recipientKind,
        @Nullable String recipient,
        @Nullable String investmentArea,
        @Nullable BigDecimal federalAmount,
        @Nullable BigDecimal rate,
        @Nullable BigDecimal eligibleCosts,
        @Nullable LocalDate measureEnd,
        String status,
        @Nullable LocalDate closedOn,
        @Nullable LocalDate finalProofAcceptedOn,
        @Nullable BigDecimal finalProven,
        @Nullable BigDecimal recognised) {

    /** Approved and neither revoked nor rejected: a measure the federal money is committed to. */
    public boolean funded() {
        return "APPROVED".equals(status) || "CLOSED".equals(status);
    }

    /**
     * The co-financing: eligible expenditure less the federal share, if both are known. It includes any own
     * contribution of the recipient.
     */
    public @Nullable BigDecimal coFinancing() {
        return eligibleCosts == null || federalAmount == null ? null : eligibleCosts.subtract(federalAmount);
    }
}
