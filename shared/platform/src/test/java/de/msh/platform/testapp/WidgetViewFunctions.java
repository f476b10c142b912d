package de.msh.platform.testapp;

import de.msh.events.projects.ProjectRegistered;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.platform.inbox.Outcome;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

/**
 * A read model fed from the topic, the way a consuming service builds one. Each row also keeps every title in the
 * order it was applied, so a test sees an event applied twice or out of order.
 */
@Configuration
class WidgetViewFunctions {

    static final String VIEW = "widget_view";

    @Bean
    Consumer<Message<List<byte[]>>> onWidgetEvents(EventInbox inbox, InOrderWriter writer, Faults faults) {
        return batch -> inbox.accept(batch, envelope -> {
            faults.onApply(envelope.subject());
            if (envelope.data() instanceof ProjectRegistered registered) {
                return Outcome.of(writer.apply(
                        VIEW,
                        envelope.subject(),
                        envelope.sequence(),
                        new Update().set("title", registered.title()).push("titles", registered.title())));
            }
            return Outcome.IGNORED;
        });
    }

    @Bean
    Faults faults() {
        return new Faults();
    }
}
