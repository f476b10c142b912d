package de.msh.reporting.money.domain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One grant's row as the funding events left it: what it belongs to, its current decision, and the money it moved,
 * summed per calendar year and kind. Each event is added once: the row's sequence guard refuses it again.
 *
 * @param committed the amount of the current decision (approval or latest amendment); zero before approval
 * @param movements as stored; a final proof of use ({@link Kind#FINAL_PROVEN}) replaces the interim proofs, so here it
 *     is the grant's only {@link Kind#PROVEN} movement
 */
public record GrantMoney(
        String grantId,
        @Nullable String projectId,
        @Nullable String programme,
        @Nullable String period,
        BigDecimal committed,
        List<Movement> movements) {

    public GrantMoney {
        movements = proven(movements);
    }

    // the final proof shows the whole measure's eligible spending, the interim ones each a year of it: adding them up
    // would count the same spending twice
    private static List<Movement> proven(List<Movement> movements) {
        if (movements.stream().noneMatch(m -> m.kind() == Kind.FINAL_PROVEN)) {
            return List.copyOf(movements);
        }
        return movements.stream()
                .filter(m -> m.kind() != Kind.PROVEN)
                .map(m -> m.kind() == Kind.FINAL_PROVEN ? new Movement(Kind.PROVEN, m.amount(), m.year()) : m)
                .toList();
    }

    /** The kinds of movement, each summed into its own total. */
    public enum Kind {
        CALLED,
        RECEIVED,
        DISBURSED,
        /** Spending shown as eligible by accepted interim proofs of use, or by the final one once accepted. */
        PROVEN,
        /** As stored only: the final proof's spending, which replaces the interim proofs' (see the constructor). */
        FINAL_PROVEN,
        RECLAIMED,
        REPAID,
        INTEREST,
        /** Settled by a booking of a bank statement. */
        RECONCILED
    }

    /**
     * @param year the calendar year of the movement's day (called, received, passed on, accepted, effective, paid,
     *     booked)
     */
    public record Movement(Kind kind, BigDecimal amount, int year) {}
}
