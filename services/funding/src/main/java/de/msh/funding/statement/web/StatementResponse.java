package de.msh.funding.statement.web;

import de.msh.funding.statement.domain.BankStatement;
import de.msh.funding.statement.domain.Booking;
import de.msh.funding.statement.domain.MatchStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A statement with its bookings and what became of each. */
record StatementResponse(Overview overview, List<BookingResponse> bookings) {

    static StatementResponse of(BankStatement statement) {
        return new StatementResponse(
                Overview.of(statement),
                statement.bookings().stream().map(BookingResponse::of).toList());
    }

    /**
     * @param id the statement's id in this system; {@code statementId} the bank's
     * @param iban the account; an IBAN when {@code accountScheme} is {@code IBAN}, else the bank's other
     *     identification of it (e.g. a BBAN)
     * @param open bookings still on the worklist
     */
    record Overview(
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
            Map<MatchStatus, Integer> counts) {

        static Overview of(BankStatement statement) {
            Map<MatchStatus, Integer> counts = new EnumMap<>(MatchStatus.class);
            for (MatchStatus status : MatchStatus.values()) {
                counts.put(status, 0);
            }
            statement.bookings().forEach(b -> counts.merge(b.status(), 1, Integer::sum));
            return new Overview(
                    statement.id(),
                    statement.iban(),
                    statement.accountScheme(),
                    statement.statementId(),
                    statement.format(),
                    statement.from(),
                    statement.to(),
                    statement.openingBalance(),
                    statement.closingBalance(),
                    statement.importedAt(),
                    statement.importedBy(),
                    statement.bookings().size(),
                    (int) statement.bookings().stream().filter(Booking::open).count(),
                    counts);
        }
    }
}
