package de.msh.funding.demo;

import de.msh.events.funding.RecipientKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shape of {@code demo/grants.json}: each grant with the steps it went through, by its project's code. */
record DemoGrantsFile(String about, List<DemoGrant> grants) {

    record DemoGrant(
            String projectCode,
            String fileNumber,
            String programme,
            String period,
            BigDecimal requestedAmount,
            @Nullable RecipientKind recipientKind,
            @Nullable String investmentArea,
            @Nullable String recipient,
            @Nullable Approval approval,
            @Nullable Rejection rejection,
            List<Call> calls,
            List<Receipt> receipts,
            List<Disbursement> disbursements,
            List<Proof> proofs) {}

    record Approval(
            BigDecimal amount,
            BigDecimal rate,
            BigDecimal eligibleCosts,
            LocalDate decidedOn,
            List<Tranche> tranches) {}

    record Tranche(int year, BigDecimal amount) {}

    record Rejection(String reason, LocalDate decidedOn) {}

    record Call(int trancheYear, BigDecimal amount, LocalDate calledOn) {}

    record Receipt(String callId, BigDecimal amount, LocalDate receivedOn) {}

    record Disbursement(String recipient, BigDecimal amount, LocalDate disbursedOn) {}

    record Proof(String proofId, LocalDate submittedOn, LocalDate acceptedOn, BigDecimal provenAmount) {}
}
