package de.msh.reporting.invkg.application;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.funding.GrantAmended;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantClosed;
import de.msh.events.funding.GrantReclaimed;
import de.msh.events.funding.GrantRejected;
import de.msh.events.funding.ProofKind;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.platform.inbox.Outcome;
import de.msh.reporting.invkg.domain.Measure;
import de.msh.reporting.invkg.domain.MeasureRows;
import java.util.List;
import org.springframework.stereotype.Service;

/** Keeps each grant's § 8 facts from {@code msh.funding.events}; the money it moved is the money view's. */
@Service
public class InvkgMeasures {

    private final MeasureRows rows;

    InvkgMeasures(MeasureRows rows) {
        this.rows = rows;
    }

    public Outcome apply(EventEnvelope<DomainEvent> envelope) {
        long seq = envelope.sequence();
        DomainEvent event = envelope.data();
        if (event instanceof GrantApplied e) {
            return Outcome.of(rows.applied(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    e.fileNumber(),
                    e.programme(),
                    e.recipientKind() == null ? null : e.recipientKind().name(),
                    e.recipient(),
                    e.investmentArea()));
        }
        if (event instanceof GrantApproved e) {
            return Outcome.of(rows.decided(
                    e.grantId(), seq, e.projectId(), e.amount(), e.rate(), e.eligibleCosts(), e.measureEnd()));
        }
        if (event instanceof GrantAmended e) {
            return Outcome.of(rows.decided(
                    e.grantId(), seq, e.projectId(), e.amount(), e.rate(), e.eligibleCosts(), e.measureEnd()));
        }
        if (event instanceof GrantRejected e) {
            return Outcome.of(rows.status(e.grantId(), seq, e.projectId(), "REJECTED", e.decidedOn()));
        }
        if (event instanceof GrantReclaimed e && e.revoked()) {
            return Outcome.of(rows.status(e.grantId(), seq, e.projectId(), "REVOKED", e.effectiveFrom()));
        }
        if (event instanceof GrantClosed e) {
            return Outcome.of(rows.status(e.grantId(), seq, e.projectId(), "CLOSED", e.closedOn()));
        }
        if (event instanceof ProofOfUseAccepted e && e.kind() == ProofKind.FINAL) {
            return Outcome.of(rows.finalProofAccepted(
                    e.grantId(), seq, e.projectId(), e.acceptedOn(), e.provenAmount(), e.recognisedAmount()));
        }
        return Outcome.IGNORED;
    }

    public List<Measure> all() {
        return rows.all();
    }
}
