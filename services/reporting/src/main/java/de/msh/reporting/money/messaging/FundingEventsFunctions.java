package de.msh.reporting.money.messaging;

import de.msh.platform.inbox.EventInbox;
import de.msh.reporting.money.application.MoneyService;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class FundingEventsFunctions {

    /** Binding {@code onFundingEvents-in-0}, on {@code msh.funding.events}, group {@code reporting}. */
    @Bean
    Consumer<Message<List<byte[]>>> onFundingEvents(EventInbox inbox, MoneyService money) {
        return batch -> inbox.accept(batch, money::apply);
    }
}
