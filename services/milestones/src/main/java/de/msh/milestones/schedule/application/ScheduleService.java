package de.msh.milestones.schedule.application;

import de.msh.milestones.project.domain.KnownProjects;
import de.msh.milestones.schedule.domain.Milestone;
import de.msh.milestones.schedule.domain.MilestoneFilter;
import de.msh.milestones.schedule.domain.MilestonePlan;
import de.msh.milestones.schedule.domain.Schedule;
import de.msh.milestones.schedule.domain.Schedules;
import de.msh.milestones.schedule.domain.SlippageRules;
import de.msh.platform.outbox.RevisionedChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The use cases on a project's milestones; each changes one schedule with one save. Dates are calendar dates in
 * Europe/Berlin, where the office works, and "today" comes from the injected clock.
 */
@Service
public class ScheduleService {

    /** Who the rules act as, in events and histories. */
    public static final String SYSTEM = "system";

    private final Schedules schedules;
    private final KnownProjects projects;
    private final OfficeCalendar calendar;
    private final SlippageRules rules;

    ScheduleService(Schedules schedules, KnownProjects projects, OfficeCalendar calendar, SlippageRules rules) {
        this.schedules = schedules;
        this.projects = projects;
        this.calendar = calendar;
        this.rules = rules;
    }

    /** A person plans a milestone for a project the projects service has announced and not cancelled. */
    public Milestone plan(String projectId, MilestonePlan plan, Writer writer) {
        if (!projects.isActive(projectId)) {
            throw new UnknownProject(projectId);
        }
        writer.mayWrite(plan.kind());
        String id = UUID.randomUUID().toString();
        Schedule saved = change(
                projectId, null, schedule -> schedule.plan(id, plan, writer.name(), calendar.today(), calendar.now()));
        return saved.find(id);
    }

    public Schedule replan(
            String projectId, String milestoneId, @Nullable Long revision, LocalDate to, String reason, Writer writer) {
        return change(projectId, revision, schedule -> {
            writer.mayWrite(schedule.find(milestoneId).kind());
            schedule.replan(milestoneId, to, reason, writer.name(), calendar.now());
        });
    }

    /** Records that a milestone was reached; on the given day, or today when none is given. */
    public Schedule achieve(
            String projectId, String milestoneId, @Nullable Long revision, @Nullable LocalDate on, Writer writer) {
        LocalDate today = calendar.today();
        return change(projectId, revision, schedule -> {
            writer.mayWrite(schedule.find(milestoneId).kind());
            schedule.achieve(milestoneId, on != null ? on : today, writer.name(), today, calendar.now());
        });
    }

    public Schedule dependOn(
            String projectId, String milestoneId, @Nullable Long revision, List<String> dependsOn, Writer writer) {
        return change(projectId, revision, schedule -> {
            writer.mayWrite(schedule.find(milestoneId).kind());
            schedule.dependOn(milestoneId, dependsOn);
        });
    }

    /**
     * A change a rule makes, as {@link #SYSTEM}, on whatever revision is current; returns whether it changed
     * anything. It is given today and now as the office sees them.
     */
    public boolean byRule(String projectId, RuleChange change) {
        boolean[] changed = {false};
        change(projectId, null, schedule -> changed[0] = change.apply(schedule, calendar.today(), calendar.now()));
        return changed[0];
    }

    /** A change of a schedule by a rule. */
    @FunctionalInterface
    public interface RuleChange {
        boolean apply(Schedule schedule, LocalDate today, Instant now);
    }

    /** Closes the open milestones of a cancelled project, and keeps anything new off its schedule. */
    public boolean projectCancelled(String projectId, String reason) {
        return byRule(projectId, (schedule, today, now) -> schedule.projectCancelled(reason, SYSTEM, now) > 0);
    }

    public Schedule get(String projectId) {
        return schedules.findById(projectId).orElseGet(() -> Schedule.of(projectId));
    }

    /** The milestones across the portfolio that match, each with its schedule, by expected date. */
    public List<Scheduled> find(MilestoneFilter filter) {
        LocalDate today = calendar.today();
        List<Scheduled> found = new ArrayList<>();
        Iterable<Schedule> candidates =
                filter.manager() == null || filter.manager().isBlank()
                        ? schedules.findAll()
                        : schedules.findAllById(projects.managedBy(filter.manager()));
        for (Schedule schedule : candidates) {
            for (Milestone milestone : schedule.milestones()) {
                if (filter.matches(milestone, today, rules)) {
                    found.add(new Scheduled(schedule, milestone));
                }
            }
        }
        found.sort(Comparator.comparing((Scheduled s) -> s.milestone().expectedOn())
                .thenComparing(s -> s.milestone().id()));
        return found;
    }

    /** A milestone with the schedule it is on. */
    public record Scheduled(Schedule schedule, Milestone milestone) {}

    public SlippageRules rules() {
        return rules;
    }

    public LocalDate today() {
        return calendar.today();
    }

    /**
     * One change on the revision the caller saw; a project's first milestone creates its schedule. Two first
     * milestones at once both try to create it: the loser finds it made and changes that one.
     */
    Schedule change(String projectId, @Nullable Long revision, Consumer<Schedule> change) {
        try {
            return RevisionedChange.apply(() -> get(projectId), Schedule::revision, revision, change, schedules::save);
        } catch (DuplicateKeyException createdMeanwhile) {
            return RevisionedChange.apply(() -> get(projectId), Schedule::revision, revision, change, schedules::save);
        }
    }
}
