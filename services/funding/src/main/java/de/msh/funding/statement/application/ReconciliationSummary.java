package de.msh.funding.statement.application;

import de.msh.funding.statement.domain.BankStatement;
import de.msh.funding.statement.domain.Booking;
import de.msh.funding.statement.domain.MatchStatus;
import de.msh.funding.statement.domain.Resolution;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The reconciliation per account, funding period and programme: what was booked, what is settled, what is still
 * open. Bookings that name no grant are filed under the programme and period {@code "ohne Zuordnung"}. Every figure
 * is an exact sum of booked amounts, so the rows add up to the totals to the cent.
 */
public record ReconciliationSummary(List<Row> rows, Row total) {

    static final String UNASSIGNED = "ohne Zuordnung";

    /**
     * @param settled money in and out that matched or was assigned by hand
     * @param notRelevant bookings marked as not relevant to funding
     * @param open bookings still on the worklist
     * @param counts bookings by what the matching made of them
     */
    public record Row(
            String account,
            String period,
            String programme,
            int bookings,
            BigDecimal moneyIn,
            BigDecimal moneyOut,
            BigDecimal settled,
            BigDecimal notRelevant,
            BigDecimal open,
            Map<MatchStatus, Integer> counts,
            int resolvedByHand) {}

    /** Sums the bookings of the statements that pass the filters; each filter is optional. */
    static ReconciliationSummary of(
            List<BankStatement> statements,
            @Nullable String account,
            @Nullable String programme,
            @Nullable LocalDate from,
            @Nullable LocalDate to) {
        Map<List<String>, Sums> groups =
                new TreeMap<>((a, b) -> String.join("\n", a).compareTo(String.join("\n", b)));
        Sums total = new Sums();
        for (BankStatement statement : statements) {
            if (account != null && !account.equals(statement.iban())) {
                continue;
            }
            for (Booking booking : statement.bookings()) {
                String bookingProgramme = booking.programmeId() == null ? UNASSIGNED : booking.programmeId();
                if (programme != null && !programme.equals(bookingProgramme)) {
                    continue;
                }
                if ((from != null && booking.bookingDate().isBefore(from))
                        || (to != null && booking.bookingDate().isAfter(to))) {
                    continue;
                }
                String period = booking.periodId() == null ? UNASSIGNED : booking.periodId();
                groups.computeIfAbsent(List.of(statement.iban(), period, bookingProgramme), k -> new Sums())
                        .add(booking);
                total.add(booking);
            }
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, sums) -> rows.add(sums.row(key.get(0), key.get(1), key.get(2))));
        return new ReconciliationSummary(
                rows, total.row(account == null ? "alle" : account, "alle", programme == null ? "alle" : programme));
    }

    private static final class Sums {
        private int bookings;
        private int resolvedByHand;
        private BigDecimal moneyIn = BigDecimal.ZERO.setScale(2);
        private BigDecimal moneyOut = BigDecimal.ZERO.setScale(2);
        private BigDecimal settled = BigDecimal.ZERO.setScale(2);
        private BigDecimal notRelevant = BigDecimal.ZERO.setScale(2);
        private BigDecimal open = BigDecimal.ZERO.setScale(2);
        private final Map<MatchStatus, Integer> counts = new EnumMap<>(MatchStatus.class);

        void add(Booking booking) {
            bookings++;
            counts.merge(booking.status(), 1, Integer::sum);
            if (booking.signedAmount().signum() > 0) {
                moneyIn = moneyIn.add(booking.amount());
            } else {
                moneyOut = moneyOut.add(booking.amount());
            }
            Resolution resolution = booking.resolution();
            if (resolution != null) {
                resolvedByHand++;
            }
            if (booking.open()) {
                open = open.add(booking.amount());
            } else if (resolution != null && resolution.action() == Resolution.Action.NOT_RELEVANT) {
                notRelevant = notRelevant.add(booking.amount());
            } else {
                settled = settled.add(booking.amount());
            }
        }

        Row row(String account, String period, String programme) {
            Map<MatchStatus, Integer> all = new EnumMap<>(MatchStatus.class);
            for (MatchStatus status : MatchStatus.values()) {
                all.put(status, counts.getOrDefault(status, 0));
            }
            return new Row(
                    account,
                    period,
                    programme,
                    bookings,
                    moneyIn,
                    moneyOut,
                    settled,
                    notRelevant,
                    open,
                    all,
                    resolvedByHand);
        }
    }
}
