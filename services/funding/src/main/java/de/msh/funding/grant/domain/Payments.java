package de.msh.funding.grant.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/** The money movements of a grant, each a record of who, when and why; none is ever changed or removed. */
public final class Payments {

    private Payments() {}

    /**
     * A fund call (Mittelabruf) on one yearly tranche: money the funding body is asked to pay.
     *
     * @param id {@code C-1}, {@code C-2}, … within the grant
     */
    public record FundCall(
            String id,
            int trancheYear,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
            LocalDate calledOn,
            String by,
            @Nullable String note) {}

    /**
     * Money the funding body paid on a call.
     *
     * @param id {@code R-1}, … within the grant
     * @param bookingId the bank statement booking it came from, if recorded from a statement
     */
    public record Receipt(
            String id,
            String callId,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
            LocalDate receivedOn,
            @Nullable String bookingId,
            String by) {

        Receipt reconciledBy(String booking) {
            return new Receipt(id, callId, amount, receivedOn, booking, by);
        }
    }

    /**
     * Money passed on to whoever carries out the measure (Weiterleitung an den Letztempfänger).
     *
     * @param id {@code D-1}, … within the grant
     * @param bookingId the bank statement booking that shows it, once reconciled
     */
    public record Disbursement(
            String id,
            String recipient,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
            LocalDate disbursedOn,
            @Nullable String bookingId,
            String by) {

        public Disbursement {
            Objects.requireNonNull(recipient, "recipient");
        }

        Disbursement reconciledBy(String booking) {
            return new Disbursement(id, recipient, amount, disbursedOn, booking, by);
        }
    }

    /**
     * A reclaim (Rückforderung) of money paid out, with interest from {@code effectiveFrom} until it is repaid.
     *
     * @param id {@code RF-1}, … within the grant
     * @param revoked whether the whole decision was revoked with it
     * @param repaidOn the day the money came back; absent while it is owed
     * @param interest the interest charged on repayment, rounded once to the cent; absent while owed
     */
    public record Reclaim(
            String id,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
            LocalDate effectiveFrom,
            LocalDate decidedOn,
            boolean revoked,
            String reason,
            String by,
            @Nullable LocalDate repaidOn,

            @Field(targetType = FieldType.DECIMAL128) @Nullable
            BigDecimal interest) {

        public boolean open() {
            return repaidOn == null;
        }

        Reclaim repaid(LocalDate on, BigDecimal charged) {
            return new Reclaim(id, amount, effectiveFrom, decidedOn, revoked, reason, by, on, charged);
        }
    }
}
