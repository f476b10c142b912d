package de.msh.funding.grant.application;

import de.msh.funding.grant.domain.Grant;
import de.msh.funding.programme.application.Envelopes;
import de.msh.funding.programme.domain.EnvelopeLedger;
import de.msh.funding.programme.domain.Programme;
import de.msh.funding.programme.domain.Programmes;
import de.msh.platform.rule.RuleViolated;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The crash window of an approval or amendment made explicit. Such a change writes the envelope first (so two
 * approvals can never both take the last euro) and the grant second; a process that dies in between leaves the
 * envelope holding more for the grant than the grant holds. Once that is older than {@code
 * msh.funding.commitment-grace} (10 minutes; a live approval takes well under a second) it is shown on the finance
 * worklist, and finance staff can release it there: the envelope then holds what the grant holds.
 */
@Service
public class UnbackedCommitments {

    private final Programmes programmes;
    private final Envelopes envelopes;
    private final GrantService grants;
    private final Duration grace;
    private final Clock clock;

    UnbackedCommitments(
            Programmes programmes,
            Envelopes envelopes,
            GrantService grants,
            @Value("${msh.funding.commitment-grace:10m}") Duration grace,
            Clock clock) {
        this.programmes = programmes;
        this.envelopes = envelopes;
        this.grants = grants;
        this.grace = grace;
        this.clock = clock;
    }

    /**
     * @param envelope the programme, or programme and period, the envelope is for
     * @param held what the envelope holds for the grant; {@code backed} what the grant itself holds
     */
    public record Unbacked(
            String grantId, String fileNumber, String envelope, BigDecimal held, BigDecimal backed, Instant since) {}

    public List<Unbacked> all() {
        return among(grants.all());
    }

    /** The unbacked commitments of these grants, read once by the caller (every grant, for the worklist). */
    public List<Unbacked> among(Collection<Grant> known) {
        Map<String, Grant> byId = known.stream().collect(Collectors.toMap(Grant::id, g -> g));
        List<Unbacked> found = new ArrayList<>();
        Instant before = clock.instant().minus(grace);
        for (Programme programme : programmes.all()) {
            for (Programme.Envelope envelope : programme.envelopes()) {
                EnvelopeLedger ledger = envelopes.ledger(programme, envelope);
                for (EnvelopeLedger.Commitment commitment : ledger.commitments()) {
                    Grant grant = byId.get(commitment.grantId());
                    if (grant != null) {
                        unbacked(ledger, commitment, grant, before).ifPresent(found::add);
                    }
                }
            }
        }
        return found;
    }

    /** Sets the grant's envelopes to what the grant holds; refused unless an unbacked commitment is shown for it. */
    public List<Unbacked> release(String grantId) {
        List<Unbacked> released =
                all().stream().filter(u -> u.grantId().equals(grantId)).toList();
        if (released.isEmpty()) {
            throw new NothingToRelease(grantId);
        }
        Grant grant = grants.get(grantId);
        Programme programme = programmes.find(grant.programmeId()).orElseThrow();
        envelopes.commit(programme, grant.periodId(), grantId, grant.committedAmount());
        return released;
    }

    // a grant exists before anything is committed for it: approvals and amendments change existing grants
    private static Optional<Unbacked> unbacked(
            EnvelopeLedger ledger, EnvelopeLedger.Commitment commitment, Grant grant, Instant before) {
        if (commitment.at() == null || commitment.at().isAfter(before)) {
            return Optional.empty();
        }
        BigDecimal backed = grant.committedAmount();
        if (commitment.amount().compareTo(backed) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Unbacked(
                grant.id(), grant.fileNumber(), ledger.key(), commitment.amount(), backed, commitment.at()));
    }

    /** No commitment of the grant is unbacked (or it is still within its grace). */
    public static class NothingToRelease extends RuleViolated {

        NothingToRelease(String grantId) {
            super(
                    "no-unbacked-commitment",
                    "Für die Zuwendung " + grantId + " hält kein Budget mehr, als die Zuwendung selbst bindet");
        }
    }
}
