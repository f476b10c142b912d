package de.msh.funding.statement.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * How finance staff settled a booking the matching left open: assigned to one payment, split over several, or marked
 * as not relevant to funding; always with a reason.
 */
public record Resolution(Action action, List<Assignment> assignments, String reason, String by, Instant at) {

    public enum Action {
        ASSIGNED,
        SPLIT,
        NOT_RELEVANT
    }

    /**
     * A part of the booking and the payment it settles.
     *
     * @param target for money in, the grant's call ({@code C-1}); for money out, the disbursement ({@code D-1})
     * @param paymentId the receipt or disbursement recorded for it
     */
    public record Assignment(
            String grantId,
            String target,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
            String paymentId) {}
}
