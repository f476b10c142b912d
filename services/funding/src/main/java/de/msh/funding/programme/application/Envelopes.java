package de.msh.funding.programme.application;

import de.msh.funding.programme.domain.EnvelopeLedger;
import de.msh.funding.programme.domain.EnvelopeLedgers;
import de.msh.funding.programme.domain.Programme;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Commits grant amounts against the envelopes of a programme. Each commitment is one versioned write to its
 * envelope's ledger, retried when another approval wrote first; a grant drawing on two envelopes (programme and
 * period) is committed to both or, if one refuses, to neither.
 */
@Component
public class Envelopes {

    private static final int ATTEMPTS = 5;

    private final EnvelopeLedgers ledgers;
    private final Clock clock;

    Envelopes(EnvelopeLedgers ledgers, Clock clock) {
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /**
     * Sets what the grant holds of every envelope of its programme and period to {@code amount}. If one envelope
     * refuses, those already changed get their earlier amount back, so the grant holds all or none of the change.
     */
    public void commit(Programme programme, String periodId, String grantId, BigDecimal amount) {
        Map<Programme.Envelope, BigDecimal> before = new LinkedHashMap<>();
        try {
            for (Programme.Envelope envelope : programme.envelopesFor(periodId)) {
                change(programme, envelope, ledger -> {
                    // from the first attempt: a retry sees this grant's own amount unchanged
                    before.putIfAbsent(envelope, ledger.heldBy(grantId));
                    return ledger.commit(grantId, amount, clock.instant());
                });
            }
        } catch (RuntimeException refused) {
            before.forEach((envelope, held) ->
                    change(programme, envelope, ledger -> ledger.commit(grantId, held, clock.instant())));
            throw refused;
        }
    }

    /** Takes a grant's commitments back from every envelope of its programme and period. */
    public void release(Programme programme, String periodId, String grantId) {
        commit(programme, periodId, grantId, BigDecimal.ZERO.setScale(2));
    }

    public EnvelopeLedger ledger(Programme programme, Programme.Envelope envelope) {
        return ledgers.findById(key(programme, envelope))
                .orElseGet(() -> EnvelopeLedger.open(key(programme, envelope), envelope.amount()));
    }

    private EnvelopeLedger change(
            Programme programme, Programme.Envelope envelope, java.util.function.Predicate<EnvelopeLedger> step) {
        for (int attempt = 1; ; attempt++) {
            EnvelopeLedger ledger = ledger(programme, envelope);
            if (!step.test(ledger)) {
                return ledger;
            }
            try {
                return ledgers.save(ledger);
            } catch (OptimisticLockingFailureException | DuplicateKeyException another) {
                if (attempt == ATTEMPTS) {
                    throw another;
                }
            }
        }
    }

    static String key(Programme programme, Programme.Envelope envelope) {
        return envelope.period() == null ? programme.id() : programme.id() + ":" + envelope.period();
    }
}
