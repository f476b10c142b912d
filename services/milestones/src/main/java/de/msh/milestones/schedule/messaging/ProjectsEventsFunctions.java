package de.msh.milestones.schedule.messaging;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectRegistered;
import de.msh.milestones.project.domain.KnownProjects;
import de.msh.milestones.schedule.application.ScheduleService;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.Outcome;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Reads {@code msh.projects.events} for the schedules: which projects exist (kept by the project feature's {@code
 * KnownProjects}), and which were cancelled, whose open milestones then close.
 */
@Configuration
class ProjectsEventsFunctions {

    /** Binding {@code onProjectsEvents-in-0}, on {@code msh.projects.events}, group {@code milestones}. */
    @Bean
    Consumer<Message<List<byte[]>>> onProjectsEvents(
            EventInbox inbox, KnownProjects projects, ScheduleService schedules) {
        return batch -> inbox.accept(batch, envelope -> apply(envelope, projects, schedules));
    }

    /**
     * A cancellation is first marked (so nothing new is planned by hand), then the schedule closes its open
     * milestones. Both steps are idempotent and the second runs on every delivery, so a redelivery finishes what a
     * failure interrupted.
     */
    static Outcome apply(EventEnvelope<DomainEvent> envelope, KnownProjects projects, ScheduleService schedules) {
        if (envelope.data() instanceof ProjectRegistered registered) {
            return Outcome.of(projects.registered(registered, envelope.sequence()));
        }
        if (envelope.data() instanceof ProjectCancelled cancelled) {
            boolean marked = projects.cancelled(cancelled, envelope.sequence());
            boolean closed =
                    schedules.projectCancelled(cancelled.projectId(), "Vorhaben abgebrochen: " + cancelled.reason());
            return Outcome.of(marked || closed);
        }
        return Outcome.IGNORED;
    }
}
