package de.msh.milestones.reminder.application;

import de.msh.milestones.project.domain.KnownProjects;
import de.msh.milestones.reminder.domain.Mailer;
import de.msh.milestones.reminder.domain.People;
import de.msh.milestones.reminder.domain.Person;
import de.msh.milestones.reminder.domain.Reminder;
import de.msh.milestones.reminder.domain.ReminderKind;
import de.msh.milestones.reminder.domain.ReminderRules;
import de.msh.milestones.schedule.application.OfficeCalendar;
import de.msh.milestones.schedule.domain.Milestone;
import de.msh.milestones.schedule.domain.Schedule;
import de.msh.milestones.schedule.domain.Schedules;
import de.msh.platform.inbox.Outcome;
import de.msh.platform.inbox.SideEffects;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends the reminders that are due, each exactly once: its key goes through the platform's started/done record, so a
 * second run, a restart or a second instance sends nothing twice, and a reminder whose sending failed is sent by the
 * next run. Runs hourly in office hours ({@code msh.milestones.reminder-cron}) and on demand.
 */
@Service
public class ReminderRun {

    private static final Logger log = LoggerFactory.getLogger(ReminderRun.class);

    static final String EFFECT_TYPE = "milestone-reminder";

    private final Schedules schedules;
    private final KnownProjects projects;
    private final People people;
    private final Mailer mailer;
    private final SideEffects effects;
    private final OfficeCalendar calendar;
    private final ReminderRules rules;
    private final MeterRegistry meters;

    ReminderRun(
            Schedules schedules,
            KnownProjects projects,
            People people,
            Mailer mailer,
            SideEffects effects,
            OfficeCalendar calendar,
            @Value("${msh.milestones.reminder-days}") int reminderDays,
            MeterRegistry meters) {
        this.schedules = schedules;
        this.projects = projects;
        this.people = people;
        this.mailer = mailer;
        this.effects = effects;
        this.calendar = calendar;
        this.rules = new ReminderRules(reminderDays);
        this.meters = meters;
    }

    /**
     * What one run did: sent now, sent before, left to another instance that is sending it, failed (tried again next
     * run), and due but with nobody to send to.
     */
    public record Result(int sent, int sentBefore, int inProgress, int failed, int withoutRecipient) {}

    @Scheduled(cron = "${msh.milestones.reminder-cron}", zone = "Europe/Berlin")
    void scheduled() {
        Result result = send();
        if (result.sent() + result.failed() + result.withoutRecipient() > 0) {
            log.info("Reminders: {}", result);
        }
    }

    public Result send() {
        List<Reminder> due = due();
        int sent = 0;
        int sentBefore = 0;
        int inProgress = 0;
        int failed = 0;
        int withoutRecipient = 0;
        for (Reminder reminder : due) {
            if (reminder.recipients().isEmpty()) {
                withoutRecipient++;
                count("without-recipient");
                continue;
            }
            try {
                Outcome outcome = effects.once(reminder.key(), EFFECT_TYPE, () -> mailer.send(reminder));
                if (outcome == Outcome.APPLIED) {
                    sent++;
                    count("sent");
                } else {
                    sentBefore++;
                }
            } catch (SideEffects.EffectInProgress elsewhere) {
                inProgress++;
            } catch (RuntimeException failure) {
                failed++;
                count("failed");
                log.warn(
                        "Reminder {} ({}) not sent; the next run tries again: {}",
                        reminder.key(),
                        reminder.subject(),
                        failure.toString());
            }
        }
        return new Result(sent, sentBefore, inProgress, failed, withoutRecipient);
    }

    private List<Reminder> due() {
        var today = calendar.today();
        Map<String, String> managers = projects.managers();
        Map<String, String> names = projects.names();
        List<Person> staff = null;
        List<Reminder> due = new ArrayList<>();
        for (Schedule schedule : schedules.findAll()) {
            for (Milestone milestone : schedule.milestones()) {
                Optional<ReminderKind> kind = rules.due(milestone, today);
                if (kind.isEmpty()) {
                    continue;
                }
                if (staff == null) {
                    staff = people.all(); // only when something is due: the directory is another process
                }
                String project = schedule.projectId();
                due.add(new Reminder(
                        project,
                        names.getOrDefault(project, project),
                        milestone.id(),
                        milestone.title(),
                        milestone.kind(),
                        kind.get(),
                        milestone.forecastOn(),
                        milestone.baselineOn(),
                        today,
                        rules.recipients(milestone.kind(), managers.get(project), staff)));
            }
        }
        return due;
    }

    private void count(String outcome) {
        meters.counter("msh.milestones.reminders", "outcome", outcome).increment();
    }
}
