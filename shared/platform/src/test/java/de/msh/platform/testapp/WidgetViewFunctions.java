package de.msh.platform.testapp;

import de.msh.events.projects.ProjectRegistered;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.platform.inbox.Outcome;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/** A read model fed from the topic, the way a consuming service builds one. */
@Configuration
class WidgetViewFunctions {

    static final String VIEW = "widget_view";

    @Bean
    Consumer<Message<byte[]>> onWidgetEvents(EventInbox inbox, InOrderWriter writer) {
        return message -> inbox.accept(message, envelope -> {
            if (envelope.data() instanceof ProjectRegistered registered) {
                return Outcome.of(writer.apply(
                        VIEW, envelope.subject(), envelope.sequence(), new Update().set("title", registered.title())));
            }
            return Outcome.IGNORED;
        });
    }
}
