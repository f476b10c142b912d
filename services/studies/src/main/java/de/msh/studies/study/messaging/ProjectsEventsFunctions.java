package de.msh.studies.study.messaging;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectRegistered;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.Outcome;
import de.msh.studies.project.domain.KnownProjects;
import de.msh.studies.study.application.StudyService;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Reads {@code msh.projects.events} for the study feature: which projects exist (kept by the project feature's
 * {@code KnownProjects}) and which were cancelled, whose study links then end. It lives here, with the feature that
 * reacts, so the project feature needs nothing of the studies.
 */
@Configuration
class ProjectsEventsFunctions {

    /** Binding {@code onProjectsEvents-in-0}, on {@code msh.projects.events}, group {@code studies}. */
    @Bean
    Consumer<Message<List<byte[]>>> onProjectsEvents(EventInbox inbox, KnownProjects projects, StudyService studies) {
        return batch -> inbox.accept(batch, envelope -> apply(envelope, projects, studies));
    }

    /**
     * A cancellation is first marked (so no new adoption into the project is accepted), then every study's link to
     * it ends. Both steps are idempotent, and the second runs on every delivery: if it failed once, the redelivery
     * finishes it even though the mark is already there.
     */
    static Outcome apply(EventEnvelope<DomainEvent> envelope, KnownProjects projects, StudyService studies) {
        if (envelope.data() instanceof ProjectRegistered registered) {
            return Outcome.of(projects.registered(registered, envelope.sequence()));
        }
        if (envelope.data() instanceof ProjectCancelled cancelled) {
            boolean marked = projects.cancelled(cancelled, envelope.sequence());
            boolean unlinked = studies.projectCancelled(cancelled.projectId());
            return Outcome.of(marked || unlinked);
        }
        return Outcome.IGNORED;
    }
}
