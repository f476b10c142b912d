package de.msh.milestones.planning.messaging;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.milestones.planning.application.Planner;
import de.msh.milestones.project.domain.KnownProjects;
import de.msh.milestones.schedule.application.OfficeCalendar;
import de.msh.milestones.schedule.application.ScheduleService;
import de.msh.platform.inbox.EventInbox;
import de.msh.platform.inbox.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Reads {@code msh.projects.events}: which projects exist (kept by the project feature's {@code KnownProjects}), the
 * phases they enter (gate milestones reached and planned, dated by the event's time in Europe/Berlin), and which were
 * cancelled, whose open milestones then close.
 */
@Configuration
class ProjectsEventsFunctions {

    /** Binding {@code onProjectsEvents-in-0}, on {@code msh.projects.events}, group {@code milestones}. */
    @Bean
    Consumer<Message<List<byte[]>>> onProjectsEvents(
            EventInbox inbox, KnownProjects projects, Planner planner, ScheduleService schedules) {
        return batch -> inbox.accept(batch, envelope -> apply(envelope, projects, planner, schedules));
    }

    /**
     * Every step is idempotent and runs on every delivery, so a redelivery finishes what a failure interrupted: the
     * plans are keyed by origin, and closing a closed milestone changes nothing.
     */
    static Outcome apply(
            EventEnvelope<DomainEvent> envelope, KnownProjects projects, Planner planner, ScheduleService schedules) {
        LocalDate on = LocalDate.ofInstant(envelope.time(), OfficeCalendar.OFFICE_ZONE);
        if (envelope.data() instanceof ProjectRegistered registered) {
            boolean known = projects.registered(registered, envelope.sequence());
            boolean planned =
                    planner.projectEntered(registered.projectId(), registered.phase(), on, envelope.sequence());
            return Outcome.of(known || planned);
        }
        if (envelope.data() instanceof ProjectUpdated updated) {
            return Outcome.of(projects.updated(updated, envelope.sequence()));
        }
        if (envelope.data() instanceof ProjectPhaseChanged changed) {
            return Outcome.of(planner.projectEntered(changed.projectId(), changed.to(), on, envelope.sequence()));
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
