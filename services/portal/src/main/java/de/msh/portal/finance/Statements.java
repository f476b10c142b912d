package de.msh.portal.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Bank statements and their reconciliation as the funding service shows them. */
public final class Statements {

    private Statements() {}

    /** @param id the statement's id in the system; {@code statementId} the bank's */
    public record Overview(
            String id,
            String iban,
            String accountScheme,
            String statementId,
            String format,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable BigDecimal openingBalance,
            @Nullable BigDecimal closingBalance,
            Instant importedAt,
            String importedBy,
            int bookings,
            int open,
            Map<String, Integer> counts) {}

    public record Statement(Overview overview, List<Booking> bookings) {}

    /** @param status what the matching made of it: MATCHED, PARTIAL, UNMATCHED, DUPLICATE or UNEXPECTED */
    public record Booking(
            int position,
            String bookingId,
            @Nullable String bankReference,
            LocalDate bookingDate,
            LocalDate valueDate,
            BigDecimal amount,
            String direction,
            boolean reversal,
            @Nullable String counterpartyName,
            @Nullable String counterpartyIban,
            String remittance,
            String status,
            @Nullable String grantId,
            @Nullable String paymentId,
            @Nullable String programmeId,
            String detail,
            @Nullable Resolution resolution) {

        public boolean incoming() {
            return "CREDIT".equals(direction);
        }
    }

    public record Resolution(String action, List<Assignment> assignments, String reason, String by, Instant at) {}

    public record Assignment(String grantId, String target, BigDecimal amount, String paymentId) {}

    public record Worklist(
            List<OpenBooking> bookings,
            List<OverdueCall> overdueCalls,
            List<OverdueProof> overdueProofs,
            List<IdleMoney> idleMoney,
            List<UnbackedCommitment> unbackedCommitments) {}

    public record OpenBooking(String statementId, String iban, String statement, Booking booking) {}

    public record OverdueCall(
            String grantId, String fileNumber, String callId, BigDecimal outstanding, LocalDate calledOn) {}

    public record OverdueProof(String grantId, String fileNumber, String proofId, LocalDate dueOn, String rule) {}

    public record IdleMoney(
            String grantId,
            String fileNumber,
            String receiptId,
            BigDecimal amount,
            LocalDate usableUntil,
            String rule) {}

    public record UnbackedCommitment(
            String grantId, String fileNumber, String envelope, BigDecimal held, BigDecimal backed, Instant since) {}

    public record Summary(List<SummaryRow> rows, SummaryRow total) {}

    public record SummaryRow(
            String account,
            String period,
            String programme,
            int bookings,
            BigDecimal moneyIn,
            BigDecimal moneyOut,
            BigDecimal settled,
            BigDecimal notRelevant,
            BigDecimal open,
            Map<String, Integer> counts,
            int resolvedByHand) {}

    /** How a booking is settled by hand: the parts name grants by id and a call ({@code C-1}) or disbursement. */
    public record ResolutionRequest(String action, List<Part> parts, String reason) {}

    public record Part(String grantId, String target, BigDecimal amount) {}
}
