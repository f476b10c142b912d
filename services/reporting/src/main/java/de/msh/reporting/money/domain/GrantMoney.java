package de.msh.reporting.money.domain;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One grant's row as the funding events left it: what it belongs to, its current decision, and the money it moved,
 * summed per calendar year and kind. Each event is added once: the row's sequence guard refuses it again.
 *
 * @param committed the amount of the current decision (approval or latest amendment); zero before approval
 */
public record GrantMoney(
        String grantId,
        @Nullable String projectId,
        @Nullable String programme,
        @Nullable String period,
        BigDecimal committed,
        List<Movement> movements) {

    /** The kinds of movement, each summed into its own total. */
    public enum Kind {
        CALLED,
        RECEIVED,
        DISBURSED,
        PROVEN,
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
