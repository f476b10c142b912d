package de.msh.funding.statement.web;

import de.msh.funding.statement.domain.Booking;
import de.msh.funding.statement.domain.MatchStatus;
import de.msh.funding.statement.domain.Resolution;
import de.msh.funding.statement.format.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A booking as the API shows it: what the bank reported, what the matching made of it and, once settled by hand,
 * how. The API's own shape, so the domain's records can change without changing what clients read.
 *
 * @param bookingId {@code <statement id>/<position>}
 */
record BookingResponse(
        int position,
        String bookingId,
        String location,
        @Nullable String bankReference,
        LocalDate bookingDate,
        LocalDate valueDate,
        BigDecimal amount,
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
        @Nullable ResolutionResponse resolution) {

    static BookingResponse of(Booking booking) {
        return new BookingResponse(
                booking.position(),
                booking.bookingId(),
                booking.location(),
                booking.bankReference(),
                booking.bookingDate(),
                booking.valueDate(),
                booking.amount(),
                booking.direction(),
                booking.reversal(),
                booking.counterpartyName(),
                booking.counterpartyIban(),
                booking.remittance(),
                booking.endToEndId(),
                booking.status(),
                booking.grantId(),
                booking.paymentId(),
                booking.programmeId(),
                booking.periodId(),
                booking.detail(),
                booking.resolution() == null ? null : ResolutionResponse.of(booking.resolution()));
    }

    /** How finance staff settled the booking. */
    record ResolutionResponse(
            Resolution.Action action, List<AssignmentResponse> assignments, String reason, String by, Instant at) {

        static ResolutionResponse of(Resolution resolution) {
            return new ResolutionResponse(
                    resolution.action(),
                    resolution.assignments().stream()
                            .map(a -> new AssignmentResponse(a.grantId(), a.target(), a.amount(), a.paymentId()))
                            .toList(),
                    resolution.reason(),
                    resolution.by(),
                    resolution.at());
        }
    }

    /** @param target the call ({@code C-1}) or disbursement ({@code D-1}); {@code paymentId} what was recorded */
    record AssignmentResponse(String grantId, String target, BigDecimal amount, String paymentId) {}
}
