package de.msh.reporting.messaging;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.Outcome;
import de.msh.reporting.masterplan.application.ProgressService;
import de.msh.reporting.money.application.MoneyService;
import de.msh.reporting.portfolio.application.PortfolioService;
import de.msh.reporting.studies.application.StudiesService;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class ReadModelFeeds {

    /** Binding {@code onProjectsEvents-in-0}, on {@code msh.projects.events}, group {@code reporting}. */
    @Bean
    Consumer<Message<List<byte[]>>> onProjectsEvents(
            EventInbox inbox, PortfolioService portfolio, ProgressService masterplan) {
        return batch -> inbox.accept(batch, envelope -> all(envelope, portfolio::apply, masterplan::apply));
    }

    /** Binding {@code onFundingEvents-in-0}, on {@code msh.funding.events}, group {@code reporting}. */
    @Bean
    Consumer<Message<List<byte[]>>> onFundingEvents(EventInbox inbox, MoneyService money) {
        return batch -> inbox.accept(batch, money::apply);
    }

    /** Binding {@code onStudiesEvents-in-0}, on {@code msh.studies.events}, group {@code reporting}. */
    @Bean
    Consumer<Message<List<byte[]>>> onStudiesEvents(EventInbox inbox, StudiesService studies) {
        return batch -> inbox.accept(batch, studies::apply);
    }

    /** Applied if any read model changed; a duplicate if none changed but one had seen it; else ignored. */
    @SafeVarargs
    static Outcome all(
            EventEnvelope<DomainEvent> envelope, Function<EventEnvelope<DomainEvent>, Outcome>... readModels) {
        Outcome outcome = Outcome.IGNORED;
        for (Function<EventEnvelope<DomainEvent>, Outcome> readModel : readModels) {
            Outcome one = readModel.apply(envelope);
            if (one == Outcome.APPLIED || (one == Outcome.DUPLICATE && outcome == Outcome.IGNORED)) {
                outcome = one;
            }
        }
        return outcome;
    }
}
