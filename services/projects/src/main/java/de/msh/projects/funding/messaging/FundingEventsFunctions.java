package de.msh.projects.funding.messaging;

import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantReclaimed;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.Outcome;
import de.msh.projects.funding.domain.FundingDecisions;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class FundingEventsFunctions {

    /** Binding {@code onFundingEvents-in-0}, on {@code msh.funding.events}, group {@code projects}. */
    @Bean
    Consumer<Message<List<byte[]>>> onFundingEvents(EventInbox inbox, FundingDecisions decisions) {
        return batch -> inbox.accept(batch, envelope -> {
            if (envelope.data() instanceof GrantApproved approved) {
                return Outcome.of(decisions.approved(approved, envelope.sequence()));
            }
            // a partial reclaim leaves the decision standing; only a revocation closes the gate again
            if (envelope.data() instanceof GrantReclaimed reclaimed && reclaimed.revoked()) {
                return Outcome.of(decisions.revoked(reclaimed, envelope.sequence()));
            }
            return Outcome.IGNORED;
        });
    }
}
