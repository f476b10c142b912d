package de.msh.funding.grant.web;

import de.msh.events.funding.RecipientKind;
import de.msh.funding.grant.domain.Decision;
import de.msh.funding.grant.domain.Grant;
import de.msh.funding.grant.domain.GrantAccount;
import de.msh.funding.grant.domain.GrantStatus;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A grant with its decision (and the versions it replaced), its money, its proofs of use and history; amounts in EUR.
 *
 * @param recipientKind {@code MUNICIPALITY} or {@code OTHER}; absent if the application did not say
 * @param recipient the recipient's name; absent if the application did not say
 * @param investmentArea the id of the programme's investment area; absent if the application did not say
 * @param decisionVersion 1 for the original decision, one more for each amendment; 0 before approval
 */
record GrantResponse(
        String id,
        String fileNumber,
        String projectId,
        String programme,
        String period,
        BigDecimal requestedAmount,
        @Nullable RecipientKind recipientKind,
        @Nullable String recipient,
        @Nullable String investmentArea,
        String currency,
        GrantStatus status,
        @Nullable DecisionResponse decision,
        int decisionVersion,
        List<DecisionResponse> supersededDecisions,
        Totals totals,
        List<AccountResponses.CallResponse> calls,
        List<AccountResponses.ReceiptResponse> receipts,
        List<AccountResponses.DisbursementResponse> disbursements,
        List<AccountResponses.ReclaimResponse> reclaims,
        List<AccountResponses.ProofResponse> proofs,
        List<AccountResponses.HistoryResponse> history,
        long revision) {

    /**
     * @param committed what the grant holds of its programme's envelopes
     * @param uncalled approved, less reclaimed, less called
     * @param unspent received, neither passed on nor reclaimed
     * @param repaid reclaimed money paid back, without interest
     * @param interest the § 49a interest charged on what was repaid
     */
    record Totals(
            BigDecimal committed,
            BigDecimal called,
            BigDecimal received,
            BigDecimal disbursed,
            BigDecimal reclaimed,
            BigDecimal uncalled,
            BigDecimal unspent,
            BigDecimal repaid,
            BigDecimal interest) {}

    static GrantResponse of(Grant grant) {
        GrantAccount account = grant.account();
        Decision decision = grant.decision();
        BigDecimal uncalled = decision == null || grant.status() != GrantStatus.APPROVED
                ? BigDecimal.ZERO.setScale(2)
                : account.uncalled(decision);
        return new GrantResponse(
                grant.id(),
                grant.fileNumber(),
                grant.projectId(),
                grant.programmeId(),
                grant.periodId(),
                grant.requestedAmount(),
                grant.recipientKind(),
                grant.recipient(),
                grant.investmentArea(),
                Grant.CURRENCY,
                grant.status(),
                decision == null ? null : DecisionResponse.of(decision),
                decision == null ? 0 : grant.superseded().size() + 1,
                grant.superseded().stream().map(DecisionResponse::of).toList(),
                new Totals(
                        grant.committedAmount(),
                        account.called(),
                        account.received(),
                        account.disbursed(),
                        account.reclaimed(),
                        uncalled,
                        account.unspent(),
                        account.repaid(),
                        account.interestCharged()),
                account.calls().stream().map(AccountResponses.CallResponse::of).toList(),
                account.receipts().stream()
                        .map(AccountResponses.ReceiptResponse::of)
                        .toList(),
                account.disbursements().stream()
                        .map(AccountResponses.DisbursementResponse::of)
                        .toList(),
                account.reclaims().stream()
                        .map(AccountResponses.ReclaimResponse::of)
                        .toList(),
                grant.proofs().all().stream()
                        .map(AccountResponses.ProofResponse::of)
                        .toList(),
                grant.history().stream()
                        .map(AccountResponses.HistoryResponse::of)
                        .toList(),
                grant.revision());
    }
}
