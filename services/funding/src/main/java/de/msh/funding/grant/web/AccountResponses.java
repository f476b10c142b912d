package de.msh.funding.grant.web;

import de.msh.events.funding.ProofKind;
import de.msh.funding.grant.domain.HistoryEntry;
import de.msh.funding.grant.domain.Payments;
import de.msh.funding.grant.domain.ProofOfUse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The lines of a grant's account, proofs and history as the API shows them. */
final class AccountResponses {

    private AccountResponses() {}

    record CallResponse(
            String id,
            int trancheYear,
            BigDecimal amount,
            LocalDate calledOn,
            String by,
            @Nullable String note) {

        static CallResponse of(Payments.FundCall call) {
            return new CallResponse(
                    call.id(), call.trancheYear(), call.amount(), call.calledOn(), call.by(), call.note());
        }
    }

    /** @param bookingId the bank booking that shows it, once reconciled */
    record ReceiptResponse(
            String id,
            String callId,
            BigDecimal amount,
            LocalDate receivedOn,
            @Nullable String bookingId,
            String by) {

        static ReceiptResponse of(Payments.Receipt receipt) {
            return new ReceiptResponse(
                    receipt.id(),
                    receipt.callId(),
                    receipt.amount(),
                    receipt.receivedOn(),
                    receipt.bookingId(),
                    receipt.by());
        }
    }

    record DisbursementResponse(
            String id,
            String recipient,
            BigDecimal amount,
            LocalDate disbursedOn,
            @Nullable String bookingId,
            String by) {

        static DisbursementResponse of(Payments.Disbursement disbursement) {
            return new DisbursementResponse(
                    disbursement.id(),
                    disbursement.recipient(),
                    disbursement.amount(),
                    disbursement.disbursedOn(),
                    disbursement.bookingId(),
                    disbursement.by());
        }
    }

    /** @param repaidOn and {@code interest}: set once repaid */
    record ReclaimResponse(
            String id,
            BigDecimal amount,
            LocalDate effectiveFrom,
            LocalDate decidedOn,
            boolean revoked,
            String reason,
            String by,
            @Nullable LocalDate repaidOn,
            @Nullable BigDecimal interest) {

        static ReclaimResponse of(Payments.Reclaim reclaim) {
            return new ReclaimResponse(
                    reclaim.id(),
                    reclaim.amount(),
                    reclaim.effectiveFrom(),
                    reclaim.decidedOn(),
                    reclaim.revoked(),
                    reclaim.reason(),
                    reclaim.by(),
                    reclaim.repaidOn(),
                    reclaim.interest());
        }
    }

    /** @param rule the rule that set the due day, in the users' words */
    record ProofResponse(
            String id,
            ProofKind kind,
            LocalDate dueOn,
            String rule,
            @Nullable LocalDate submittedOn,
            @Nullable LocalDate acceptedOn,
            @Nullable BigDecimal provenAmount,
            @Nullable BigDecimal recognisedAmount,
            @Nullable String acceptedBy) {

        static ProofResponse of(ProofOfUse proof) {
            return new ProofResponse(
                    proof.id(),
                    proof.kind(),
                    proof.dueOn(),
                    proof.rule(),
                    proof.submittedOn(),
                    proof.acceptedOn(),
                    proof.provenAmount(),
                    proof.recognisedAmount(),
                    proof.acceptedBy());
        }
    }

    record HistoryResponse(
            Instant at,
            String by,
            String action,
            String detail,
            @Nullable String reason) {

        static HistoryResponse of(HistoryEntry entry) {
            return new HistoryResponse(entry.at(), entry.by(), entry.action(), entry.detail(), entry.reason());
        }
    }
}
