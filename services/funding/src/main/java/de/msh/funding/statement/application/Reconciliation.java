package de.msh.funding.statement.application;

import de.msh.funding.statement.domain.BankStatement;
import de.msh.funding.statement.domain.BankStatements;
import de.msh.funding.statement.domain.Booking;
import de.msh.funding.statement.domain.BookingAlreadySettled;
import de.msh.funding.statement.domain.BookingNotOpen;
import de.msh.funding.statement.domain.GrantFacts;
import de.msh.funding.statement.domain.Matching;
import de.msh.funding.statement.domain.Resolution;
import de.msh.funding.statement.domain.Settlement;
import de.msh.funding.statement.domain.Settlements;
import de.msh.funding.statement.format.Direction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * What finance staff do with what the matching left open: the worklist (open bookings, calls not paid in time,
 * overdue proofs of use, money idle beyond the spending deadline), and settling a booking by hand — assigned to a
 * payment, split over several, or marked as not relevant, always with a reason.
 */
@Service
public class Reconciliation {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");
    private static final int SHOW_ATTEMPTS = 50;

    private final BankStatements statements;
    private final BookingSettlement settlement;
    private final Settlements settlements;
    private final GrantLedger grants;
    private final Clock clock;

    Reconciliation(
            BankStatements statements,
            BookingSettlement settlement,
            Settlements settlements,
            GrantLedger grants,
            Clock clock) {
        this.statements = statements;
        this.settlement = settlement;
        this.settlements = settlements;
        this.grants = grants;
        this.clock = clock;
    }

    /**
     * A booking still open on a statement.
     *
     * @param statementId the imported statement's id; {@code statement} the bank's own
     */
    public record OpenBooking(String statementId, String iban, String statement, Booking booking) {}

    /** A call the funding body has not paid in full, though the matching window has passed. */
    public record OverdueCall(
            String grantId, String fileNumber, String callId, BigDecimal outstanding, LocalDate calledOn) {}

    /** A proof of use not accepted though its due day has passed. */
    public record OverdueProof(String grantId, String fileNumber, String proofId, LocalDate dueOn, String rule) {}

    /**
     * Money received but not passed on within the spending deadline; § 49a (4) VwVfG allows interest on it.
     *
     * @param usableUntil the last day of the deadline
     */
    public record IdleMoney(
            String grantId,
            String fileNumber,
            String receiptId,
            BigDecimal amount,
            LocalDate usableUntil,
            String rule) {}

    /** @param unbackedCommitments budget held for grants beyond what they hold, left by an approval cut short */
    public record Worklist(
            List<OpenBooking> bookings,
            List<OverdueCall> overdueCalls,
            List<OverdueProof> overdueProofs,
            List<IdleMoney> idleMoney,
            List<UnbackedCommitment> unbackedCommitments) {}

    /**
     * Budget an envelope holds for a grant beyond what the grant holds, left by an approval cut short; released with
     * {@code POST /api/funding/grants/{id}/commitment-release}.
     *
     * @param envelope the programme, or programme and period, the envelope is for
     */
    public record UnbackedCommitment(
            String grantId, String fileNumber, String envelope, BigDecimal held, BigDecimal backed, Instant since) {}

    public Worklist worklist() {
        List<OpenBooking> open = new ArrayList<>();
        for (BankStatement statement : statements.findAllByOrderByImportedAtDesc()) {
            statement.bookings().stream()
                    .filter(Booking::open)
                    .forEach(b ->
                            open.add(new OpenBooking(statement.id(), statement.iban(), statement.statementId(), b)));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), OFFICE_ZONE);
        GrantLedger.FollowUps followUps = grants.followUps(today);
        return new Worklist(
                open,
                followUps.overdueCalls(),
                followUps.overdueProofs(),
                followUps.idleMoney(),
                followUps.unbackedCommitments());
    }

    /**
     * Settles an open booking by hand. The booking is claimed before any grant is touched, so of two people settling
     * it at once one succeeds and the other is told how it was settled; the same resolution sent again (a retry)
     * answers as the first time.
     */
    public Booking resolve(String statementId, int position, ResolveBooking command, String by) {
        BankStatement statement = get(statementId);
        Booking booking = statement.booking(position);
        checkParts(booking, command);
        Settlement wanted = settlementOf(statement, booking, command, by);
        if (!booking.open()) {
            // settled before: a retry of the same resolution is answered as the first time, anything else refused
            Optional<Settlement> held = settlements.find(wanted.id());
            if (held.isPresent() && held.get().sameAs(wanted)) {
                return booking;
            }
            throw held.<RuntimeException>map(BookingAlreadySettled::new)
                    .orElseGet(() -> new BookingNotOpen(booking.bookingId(), booking.status(), booking.resolution()));
        }
        BookingSettlement.Held held = settlement.settle(wanted);
        Booking shown = show(held);
        if (!held.asked()) {
            throw new BookingAlreadySettled(held.settlement());
        }
        return shown == null ? get(statementId).booking(position) : shown;
    }

    /**
     * Records the settlement on its statement's booking (re-read on each attempt, so a booking resolved next to it
     * meanwhile is kept), then marks it settled. A matching's settlement is on its statement from the import.
     */
    private @Nullable Booking show(BookingSettlement.Held held) {
        Settlement settled = held.settlement();
        if (!held.completed()) {
            // its claimer is still at work on it, and shows it when done
            return null;
        }
        List<Resolution.Assignment> assignments = new ArrayList<>();
        Map<String, GrantFacts> touched = new LinkedHashMap<>();
        for (int i = 0; i < settled.parts().size(); i++) {
            Settlement.Part part = settled.parts().get(i);
            GrantLedger.Booked booked = held.booked().get(i);
            touched.put(part.grantId(), booked.grant());
            assignments.add(
                    new Resolution.Assignment(part.grantId(), part.target(), part.amount(), booked.paymentId()));
        }
        Booking shown = null;
        if (!Settlement.MATCHED.equals(settled.action())) {
            // the summary files a booking under its grant's programme and period, if it went to exactly one grant
            GrantFacts grant = touched.size() == 1 ? touched.values().iterator().next() : null;
            Resolution resolution = new Resolution(
                    Resolution.Action.valueOf(settled.action()),
                    assignments,
                    Objects.requireNonNull(settled.reason()),
                    settled.by(),
                    settled.claimedAt());
            shown = showOnStatement(settled, resolution, grant);
        }
        settlement.settled(settled, clock.instant());
        return shown;
    }

    /**
     * Writes the resolution onto its booking, re-reading the statement after a lost save: others may be showing the
     * same settlement (all who met the claim complete it), resolving a booking next to it, or the relay may have
     * confirmed events. Once the booking shows a resolution, or its statement is gone, there is nothing to write.
     */
    private @Nullable Booking showOnStatement(Settlement settled, Resolution resolution, @Nullable GrantFacts grant) {
        for (int attempt = 1; ; attempt++) {
            BankStatement statement = statements.findById(settled.statementId()).orElse(null);
            if (statement == null || !statement.booking(settled.position()).open()) {
                return null;
            }
            Booking shown = statement.resolve(
                    settled.position(),
                    resolution,
                    grant == null ? null : grant.id(),
                    grant == null ? null : grant.programmeId(),
                    grant == null ? null : grant.periodId());
            try {
                statements.save(statement);
                return shown;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == SHOW_ATTEMPTS) {
                    throw concurrent;
                }
            }
        }
    }

    private Settlement settlementOf(BankStatement statement, Booking booking, ResolveBooking command, String by) {
        Settlement.Part.Kind kind =
                booking.direction() == Direction.CREDIT ? Settlement.Part.Kind.RECEIVE : Settlement.Part.Kind.RECONCILE;
        return new Settlement(
                Settlement.idOf(statement.iban(), booking.bankReference(), booking.bookingId()),
                booking.bookingId(),
                statement.id(),
                booking.position(),
                booking.direction(),
                booking.bookingDate(),
                booking.valueDate(),
                command.action().name(),
                command.parts().stream()
                        .map(p -> new Settlement.Part(p.grantId(), p.target(), p.amount(), kind))
                        .toList(),
                command.reason(),
                by,
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                null);
    }

    private static void checkParts(Booking booking, ResolveBooking command) {
        int parts = command.parts().size();
        switch (command.action()) {
            case NOT_RELEVANT -> {
                if (parts != 0) {
                    throw new InvalidResolution("parts", "Eine nicht relevante Buchung wird keiner Zahlung zugeordnet");
                }
            }
            case ASSIGNED -> {
                if (parts != 1) {
                    throw new InvalidResolution("parts", "Eine Zuordnung hat genau einen Teil; sonst aufteilen");
                }
            }
            case SPLIT -> {
                if (parts < 2) {
                    throw new InvalidResolution("parts", "Eine Aufteilung hat mindestens zwei Teile");
                }
            }
        }
        BigDecimal sum =
                command.parts().stream().map(ResolveBooking.Part::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (parts > 0 && sum.compareTo(booking.amount()) != 0) {
            throw new InvalidResolution(
                    "parts",
                    "Die Teile ergeben " + Matching.euro(sum) + ", gebucht sind " + Matching.euro(booking.amount()));
        }
    }

    public BankStatement get(String id) {
        return statements.findById(id).orElseThrow(() -> new StatementNotFound(id));
    }

    public ReconciliationSummary summary(
            @Nullable String account, @Nullable String programme, @Nullable LocalDate from, @Nullable LocalDate to) {
        return ReconciliationSummary.of(statements.findAllByOrderByImportedAtDesc(), account, programme, from, to);
    }

    public List<BankStatement> list() {
        return statements.findAllByOrderByImportedAtDesc();
    }
}
