package de.msh.portal.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A grant with its decision and earlier versions, its money, proofs of use and history ({@code GrantResponse}). */
public record Grant(
        String id,
        String fileNumber,
        String projectId,
        String programme,
        String period,
        BigDecimal requestedAmount,
        @Nullable String recipientKind,
        @Nullable String recipient,
        @Nullable String investmentArea,
        String status,
        @Nullable Decision decision,
        int decisionVersion,
        List<Decision> supersededDecisions,
        GrantSummary.Totals totals,
        List<Call> calls,
        List<Receipt> receipts,
        List<Disbursement> disbursements,
        List<Reclaim> reclaims,
        List<Proof> proofs,
        List<HistoryEntry> history,
        long revision) {

    public boolean approved() {
        return "APPROVED".equals(status);
    }

    public record Decision(
            BigDecimal amount,
            BigDecimal rate,
            BigDecimal eligibleCosts,
            List<Tranche> tranches,
            LocalDate decidedOn,
            @Nullable LocalDate measureEnd,
            @Nullable LocalDate finalProofDue) {}

    public record Tranche(int year, BigDecimal amount) {}

    public record Call(
            String id,
            int trancheYear,
            BigDecimal amount,
            LocalDate calledOn,
            String by,
            @Nullable String note) {}

    public record Receipt(
            String id,
            String callId,
            BigDecimal amount,
            LocalDate receivedOn,
            @Nullable String bookingId,
            String by) {}

    public record Disbursement(
            String id,
            String recipient,
            BigDecimal amount,
            LocalDate disbursedOn,
            @Nullable String bookingId,
            String by) {}

    public record Reclaim(
            String id,
            BigDecimal amount,
            LocalDate effectiveFrom,
            LocalDate decidedOn,
            boolean revoked,
            String reason,
            String by,
            @Nullable LocalDate repaidOn,
            @Nullable BigDecimal interest) {}

    public record Proof(
            String id,
            String kind,
            LocalDate dueOn,
            String rule,
            @Nullable LocalDate submittedOn,
            @Nullable LocalDate acceptedOn,
            @Nullable BigDecimal provenAmount,
            @Nullable BigDecimal recognisedAmount,
            @Nullable String acceptedBy) {}

    public record HistoryEntry(
            Instant at,
            String by,
            String action,
            String detail,
            @Nullable String reason) {}

    /** The § 49a interest a reclaim ran up, period by period, and the rule applied, in the users' words. */
    public record Interest(
            BigDecimal principal,
            LocalDate effectiveFrom,
            LocalDate until,
            List<InterestPeriod> periods,
            BigDecimal total,
            boolean provisional,
            String rule) {}

    public record InterestPeriod(
            LocalDate firstDay,
            LocalDate lastDay,
            long days,
            BigDecimal basePercent,
            BigDecimal percent,
            BigDecimal interest) {}
}
