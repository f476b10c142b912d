package de.msh.reporting.portfolio.messaging;

import de.msh.platform.inbox.EventInbox;
import de.msh.reporting.portfolio.application.PortfolioService;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class ProjectsEventsFunctions {

    /** Binding {@code onProjectsEvents-in-0}, on {@code msh.projects.events}, group {@code reporting}. */
    @Bean
    Consumer<Message<List<byte[]>>> onProjectsEvents(EventInbox inbox, PortfolioService portfolio) {
        return batch -> inbox.accept(batch, portfolio::apply);
    }
}
