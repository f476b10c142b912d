package de.msh.projects.funding.messaging;

import de.msh.events.funding.GrantApproved;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.Outcome;
import de.msh.projects.funding.domain.FundingDecisions;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class FundingEventsFunctions {

    /** Binding {@code onFundingEvents-in-0}, on {@code msh.funding.events}, group {@code projects}. */
    @Bean
    Consumer<Message<byte[]>> onFundingEvents(EventInbox inbox, FundingDecisions decisions) {
        return message -> inbox.accept(
                message,
                envelope -> envelope.data() instanceof GrantApproved approved
                        ? Outcome.of(decisions.approved(approved, envelope.sequence()))
                        : Outcome.IGNORED);
    }
}
