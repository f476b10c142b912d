package de.msh.funding.statement.application;

import de.msh.funding.statement.domain.Settlement;
import de.msh.funding.statement.domain.Settlements;
import de.msh.platform.rule.InvalidInput;
import de.msh.platform.rule.RuleViolated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Settles a bank booking on its grants exactly once: the settlement is claimed first (the store keeps one per
 * booking), then each part is recorded on its grant, idempotent by its part id. Whoever finds a claim not yet shown
 * on its statement, once its claimer had time enough ({@link #ALIVE}), completes it, so a process that died between
 * the two writes leaves nothing half done; a claim whose first part its grant refuses changed nothing and is given
 * up again.
 */
@Service
class BookingSettlement {

    private static final int COMPLETION_ATTEMPTS = 20;

    /** How long a claim counts as in the hands of a live claimer; after that, whoever comes next completes it. */
    static final Duration ALIVE = Duration.ofSeconds(30);

    private final Settlements settlements;
    private final GrantLedger grants;

    private final Clock clock;

    BookingSettlement(Settlements settlements, GrantLedger grants, Clock clock) {
        this.settlements = settlements;
        this.grants = grants;
        this.clock = clock;
    }

    /**
     * The settlement that holds for the booking, completed on its grants: {@code wanted} if it could claim the
     * booking or an equal settlement held it, otherwise the one that did.
     */
    Held settle(Settlement wanted) {
        while (true) {
            var before = settlements.claim(wanted);
            if (before.isEmpty() || before.get().sameAs(wanted)) {
                return new Held(before.orElse(wanted), true, true, complete(before.orElse(wanted)));
            }
            Settlement other = before.get();
            if (other.settledAt() != null
                    || other.claimedAt().isAfter(clock.instant().minus(ALIVE))) {
                // shown on its statement already, or its claimer is at work on it now: nothing to complete
                return new Held(other, false, false, List.of());
            }
            try {
                return new Held(other, false, true, complete(other));
            } catch (RuleViolated | InvalidInput refused) {
                if (settlements.find(other.id()).isPresent()) {
                    throw refused;
                }
                // the other claim changed nothing and was given up: the booking is free for this one
            }
        }
    }

    /**
     * The settlement held for a booking, whether it is the one asked for, whether this caller completed it on its
     * grants (not so while another claimer is at work on it), and what each part recorded then.
     */
    record Held(Settlement settlement, boolean asked, boolean completed, List<GrantLedger.Booked> booked) {}

    private List<GrantLedger.Booked> complete(Settlement settlement) {
        List<GrantLedger.Booked> booked = new ArrayList<>();
        for (int i = 0; i < settlement.parts().size(); i++) {
            Settlement.Part part = settlement.parts().get(i);
            String partId = settlement.partId(i);
            try {
                booked.add(recordPart(settlement, part, partId));
            } catch (RuleViolated | InvalidInput refused) {
                if (i == 0) {
                    // the grant refused the first part, so no grant holds any of it: the booking is open again
                    settlements.release(settlement);
                }
                throw refused;
            }
        }
        return booked;
    }

    /**
     * Records one part on its grant. The change is idempotent by the part id, so a save lost to someone completing
     * the same settlement at the same moment (or to the relay) is simply tried again on the fresh grant.
     */
    private GrantLedger.Booked recordPart(Settlement settlement, Settlement.Part part, String partId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return part.kind() == Settlement.Part.Kind.RECEIVE
                        ? grants.receiveBooked(
                                part.grantId(),
                                part.target(),
                                part.amount(),
                                settlement.valueDate(),
                                partId,
                                settlement.by())
                        : grants.reconcileBooked(
                                part.grantId(),
                                part.target(),
                                partId,
                                part.amount(),
                                settlement.bookingDate(),
                                settlement.by());
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == COMPLETION_ATTEMPTS) {
                    throw concurrent;
                }
                Thread.onSpinWait();
            }
        }
    }

    void settled(Settlement settlement, Instant at) {
        settlements.settled(settlement.id(), at);
    }
}
