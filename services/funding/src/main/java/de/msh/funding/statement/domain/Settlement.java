package de.msh.funding.statement.domain;

import de.msh.funding.statement.format.Direction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * The one settlement a bank booking can have, claimed before any grant is touched. Its id is the booking's identity
 * at the bank, so the store refuses a second settlement of the same money: the account and the bank's reference, or,
 * for a booking without one, its place in the statement. What it settles is recorded with it, so a settlement cut
 * short is completed by whoever comes next.
 *
 * @param id {@link #idOf}
 * @param bookingId the booking it was claimed through ({@code <statement>/<position>}); part ids derive from it
 * @param action {@code MATCHED} (the automatic matching) or a {@link Resolution.Action}
 * @param reason why, for a resolution by hand
 * @param settledAt when the statement recorded it; null while grants may still lack a part
 */
public record Settlement(
        String id,
        String bookingId,
        String statementId,
        int position,
        Direction direction,
        LocalDate bookingDate,
        LocalDate valueDate,
        String action,
        List<Part> parts,
        @Nullable String reason,
        String by,
        Instant claimedAt,
        @Nullable Instant settledAt) {

    public static final String MATCHED = "MATCHED";

    /**
     * What one part does on its grant.
     *
     * @param kind {@code RECEIVE}: a receipt on the call {@code target}; {@code RECONCILE}: the booking shows the
     *     payment {@code target} recorded by hand
     */
    public record Part(
            String grantId,
            String target,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
            Kind kind) {

        public enum Kind {
            RECEIVE,
            RECONCILE
        }

        boolean sameAs(Part other) {
            return grantId.equals(other.grantId)
                    && target.equals(other.target)
                    && amount.compareTo(other.amount) == 0
                    && kind == other.kind;
        }
    }

    /** The booking's identity at the bank: one euro booked once has one id, whichever statement shows it. */
    public static String idOf(String account, @Nullable String bankReference, String bookingId) {
        return bankReference == null || bankReference.isBlank()
                ? "booking:" + bookingId
                : "ref:" + account + ":" + bankReference.strip();
    }

    /** The id of the payment part {@code index} (from 0) records on its grant; idempotent by it. */
    public String partId(int index) {
        return parts.size() == 1 ? bookingId : bookingId + "#" + (index + 1);
    }

    /** Whether the other settles the booking the same way: a retry, not a second opinion. */
    public boolean sameAs(Settlement other) {
        if (!action.equals(other.action)
                || !Objects.equals(reason, other.reason)
                || parts.size() != other.parts.size()) {
            return false;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).sameAs(other.parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** In German, for the person told that the booking is settled already. */
    public String describe() {
        String how = switch (action) {
            case MATCHED -> "durch den automatischen Abgleich zugeordnet";
            case "NOT_RELEVANT" -> "als nicht relevant erledigt (" + reason + ")";
            case "SPLIT" -> "aufgeteilt";
            default -> "zugeordnet";
        };
        String what = parts.stream()
                .map(p -> Matching.euro(p.amount()) + " an " + p.grantId() + " " + p.target())
                .collect(Collectors.joining(", "));
        return "Buchung " + bookingId + " ist bereits " + how + (what.isEmpty() ? "" : ": " + what) + " (von " + by
                + ")";
    }
}
