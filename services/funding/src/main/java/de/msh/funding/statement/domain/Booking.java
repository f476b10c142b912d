package de.msh.funding.statement.domain;

import de.msh.funding.statement.format.Direction;
import de.msh.funding.statement.format.ParsedBooking;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * One booking of an imported statement, as the bank reported it, with what the matching made of it and, once
 * someone settled it by hand, how.
 *
 * @param bookingId {@code <statement id>/<position>}, stable across re-imports
 * @param grantId the grant it settles or names, if any; {@code programmeId} and {@code periodId} are that grant's
 */
public record Booking(
        int position,
        String bookingId,
        String location,
        @Nullable String bankReference,
        LocalDate bookingDate,
        LocalDate valueDate,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        Direction direction,
        boolean reversal,
        @Nullable String counterpartyName,
        @Nullable String counterpartyIban,
        String remittance,
        @Nullable String endToEndId,
        MatchStatus status,
        @Nullable String grantId,
        @Nullable String paymentId,
        @Nullable String programmeId,
        @Nullable String periodId,
        String detail,
        @Nullable Resolution resolution) {

    static Booking of(String statementId, ParsedBooking parsed, Matching.Outcome outcome) {
        return new Booking(
                parsed.position(),
                statementId + "/" + parsed.position(),
                parsed.location(),
                parsed.bankReference(),
                parsed.bookingDate(),
                parsed.valueDate(),
                parsed.amount(),
                parsed.direction(),
                parsed.reversal(),
                parsed.counterpartyName(),
                parsed.counterpartyIban(),
                parsed.remittance(),
                parsed.endToEndId(),
                outcome.status(),
                outcome.grant() == null ? null : outcome.grant().id(),
                outcome.paymentId(),
                outcome.grant() == null ? null : outcome.grant().programmeId(),
                outcome.grant() == null ? null : outcome.grant().periodId(),
                outcome.detail(),
                null);
    }

    /** Still on the worklist: the matching did not settle it and nobody has yet. */
    public boolean open() {
        return status != MatchStatus.MATCHED && resolution == null;
    }

    /** The amount with its sign: money in positive, money out negative. */
    public BigDecimal signedAmount() {
        return direction == Direction.CREDIT ? amount : amount.negate();
    }

    Booking resolved(Resolution how, @Nullable String grant, @Nullable String programme, @Nullable String period) {
        return new Booking(
                position,
                bookingId,
                location,
                bankReference,
                bookingDate,
                valueDate,
                amount,
                direction,
                reversal,
                counterpartyName,
                counterpartyIban,
                remittance,
                endToEndId,
                status,
                grant,
                paymentId,
                programme,
                period,
                detail,
                how);
    }
}
