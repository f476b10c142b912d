package de.msh.projects.study.messaging;

import de.msh.events.studies.StudyRegistered;
import de.msh.events.studies.StudyWithdrawn;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.Outcome;
import de.msh.projects.study.domain.KnownStudies;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
class StudiesEventsFunctions {

    /** Binding {@code onStudiesEvents-in-0}, on {@code msh.studies.events}, group {@code projects}. */
    @Bean
    Consumer<Message<List<byte[]>>> onStudiesEvents(EventInbox inbox, KnownStudies studies) {
        return batch -> inbox.accept(batch, envelope -> {
            if (envelope.data() instanceof StudyRegistered registered) {
                return Outcome.of(studies.registered(registered, envelope.sequence()));
            }
            if (envelope.data() instanceof StudyWithdrawn withdrawn) {
                return Outcome.of(studies.withdrawn(withdrawn, envelope.sequence()));
            }
            return Outcome.IGNORED;
        });
    }
}
