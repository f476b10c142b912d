package de.msh.milestones.planning.messaging;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantReclaimed;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.events.funding.ProofOfUseDue;
import de.msh.milestones.planning.application.Planner;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.Outcome;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Reads {@code msh.funding.events}: applications (whether the recipient is a local authority), proofs of use due and
 * accepted, money received (whose spending window ends), and revocations, which close the grant's deadlines.
 */
@Configuration
class FundingEventsFunctions {

    /** Binding {@code onFundingEvents-in-0}, on {@code msh.funding.events}, group {@code milestones}. */
    @Bean
    Consumer<Message<List<byte[]>>> onFundingEvents(EventInbox inbox, Planner planner) {
        return batch -> inbox.accept(batch, envelope -> apply(envelope, planner));
    }

    static Outcome apply(EventEnvelope<DomainEvent> envelope, Planner planner) {
        DomainEvent event = envelope.data();
        if (event instanceof ProofOfUseDue due) {
            return Outcome.of(planner.proofDue(due));
        }
        if (event instanceof ProofOfUseAccepted accepted) {
            return Outcome.of(planner.proofAccepted(accepted));
        }
        if (event instanceof GrantApplied applied) {
            return Outcome.of(planner.grantApplied(applied));
        }
        if (event instanceof PaymentReceived received) {
            return Outcome.of(planner.paymentReceived(received));
        }
        // a partial reclaim leaves the decision and its deadlines standing; only a revocation closes them
        if (event instanceof GrantReclaimed reclaimed && reclaimed.revoked()) {
            return Outcome.of(planner.grantRevoked(reclaimed.projectId(), reclaimed.grantId()));
        }
        return Outcome.IGNORED;
    }
}
