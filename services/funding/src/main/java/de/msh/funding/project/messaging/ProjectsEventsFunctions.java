package de.msh.funding.project.messaging;

import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectRegistered;
import de.msh.funding.project.domain.KnownProjects;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.Outcome;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class ProjectsEventsFunctions {

    /** Binding {@code onProjectsEvents-in-0}, on {@code msh.projects.events}, group {@code funding}. */
    @Bean
    Consumer<Message<List<byte[]>>> onProjectsEvents(EventInbox inbox, KnownProjects projects) {
        return batch -> inbox.accept(batch, envelope -> {
            if (envelope.data() instanceof ProjectRegistered registered) {
                return Outcome.of(projects.registered(registered, envelope.sequence()));
            }
            if (envelope.data() instanceof ProjectCancelled cancelled) {
                return Outcome.of(projects.cancelled(cancelled, envelope.sequence()));
            }
            return Outcome.IGNORED;
        });
    }
}
