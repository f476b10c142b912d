package de.msh.milestones.schedule.domain;

import de.msh.platform.outbox.OutboxAggregate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The milestones of one project. It is one aggregate, so that the rules across milestones (dependencies without
 * cycles) hold under concurrent changes: every change is one save of this document, with its events in its outbox.
 * Every change counts up the revision, which callers send back so nobody overwrites a change they have not seen.
 */
@Document("schedules")
public class Schedule extends OutboxAggregate {

    @Id
    private final String projectId;

    private List<Milestone> milestones = new ArrayList<>();
    private boolean projectCancelled;
    private long revision;

    @PersistenceCreator
    Schedule(String projectId) {
        this.projectId = projectId;
    }

    public static Schedule of(String projectId) {
        return new Schedule(Objects.requireNonNull(projectId, "projectId"));
    }

    /**
     * Puts a milestone on the schedule and records {@code MilestonePlanned}. A plan with an origin that is planned
     * already (a redelivered event that plans it) changes nothing and returns the milestone planned before.
     */
    public Milestone plan(String milestoneId, MilestonePlan plan, String by, LocalDate today, Instant at) {
        if (plan.origin() != null) {
            Optional<Milestone> before = byOrigin(plan.origin());
            if (before.isPresent()) {
                return before.get();
            }
        }
        if (projectCancelled) {
            throw new ScheduleRuleViolated(
                    ScheduleRuleViolated.PROJECT_CLOSED, "Project " + projectId + " is cancelled: nothing to plan");
        }
        Dependencies.check(milestoneId, plan.dependsOn(), milestones);
        Milestone milestone = Milestone.planned(milestoneId, plan, today);
        milestones.add(milestone);
        changed();
        record(ScheduleEvents.planned(projectId, milestone, by), at);
        return milestone;
    }

    /**
     * A plan a rule makes, under its origin: planned unless that origin is planned already or the project was
     * cancelled, which a rule (reacting to an event) must not be refused for. Returns whether it planned.
     */
    public boolean planByRule(String milestoneId, MilestonePlan plan, String by, LocalDate today, Instant at) {
        String origin = Objects.requireNonNull(plan.origin(), "a rule plans under an origin");
        if (projectCancelled || byOrigin(origin).isPresent()) {
            return false;
        }
        plan(milestoneId, plan, by, today, at);
        return true;
    }

    /** Moves the forecast of an open milestone, with a reason; the same date again changes nothing. */
    public boolean replan(String milestoneId, LocalDate to, String reason, String by, Instant at) {
        Milestone milestone = open(milestoneId);
        if (reason == null || reason.isBlank()) {
            throw new InvalidMilestone("reason", "A re-plan needs a reason");
        }
        if (milestone.forecastOn().equals(to)) {
            return false;
        }
        Replan replan = new Replan(at, by, milestone.forecastOn(), to, reason.strip());
        milestone.replan(replan);
        changed();
        record(ScheduleEvents.replanned(projectId, milestone, replan), at);
        return true;
    }

    /** Records that an open milestone was reached on a day that is not in the future. */
    public void achieve(String milestoneId, LocalDate on, String by, LocalDate today, Instant at) {
        Milestone milestone = open(milestoneId);
        if (on.isAfter(today)) {
            throw new InvalidMilestone("achievedOn", "A milestone cannot be reached in the future (" + on + ")");
        }
        milestone.achieve(on);
        changed();
        record(ScheduleEvents.achieved(projectId, milestone, by), at);
    }

    /** Closes an open milestone without it being reached; a closed or reached one changes nothing. */
    public boolean close(String milestoneId, String reason, String by, Instant at) {
        Milestone milestone = find(milestoneId);
        if (!milestone.open()) {
            return false;
        }
        milestone.close(reason);
        changed();
        record(ScheduleEvents.closed(projectId, milestone, by), at);
        return true;
    }

    /** Replaces the dependencies of a milestone: only on milestones of this project, and never in a cycle. */
    public void dependOn(String milestoneId, List<String> dependsOn) {
        Milestone milestone = find(milestoneId);
        Dependencies.check(milestoneId, dependsOn, milestones);
        milestone.dependOn(dependsOn);
        changed();
    }

    /** The project was cancelled: every open milestone closes, and nothing more can be planned. */
    public int projectCancelled(String reason, String by, Instant at) {
        projectCancelled = true;
        int closed = 0;
        for (Milestone milestone : milestones) {
            if (close(milestone.id(), reason, by, at)) {
                closed++;
            }
        }
        return closed;
    }

    /** The grant was revoked: its open funding deadlines close. */
    public int grantRevoked(String grantId, String reason, String by, Instant at) {
        int closed = 0;
        for (Milestone milestone : milestones) {
            if (grantId.equals(milestone.grantId()) && close(milestone.id(), reason, by, at)) {
                closed++;
            }
        }
        return closed;
    }

    /**
     * Judges every open milestone as of today: one that became missed or at risk since the last evaluation records
     * {@code MilestoneMissed} or {@code MilestoneAtRisk}, once ({@link Finding#toAnnounce}); each keeps today's
     * forecast as a point of its trend.
     * Returns whether anything changed, so an unchanged schedule is not saved.
     */
    public boolean evaluate(LocalDate today, SlippageRules rules, Instant at) {
        boolean changed = false;
        for (Milestone milestone : milestones) {
            if (!milestone.open()) {
                continue;
            }
            changed |= milestone.keepTrend(today);
            Finding news = Finding.toAnnounce(milestone.status(today, rules), milestone.finding());
            if (news != Finding.NONE) {
                milestone.found(news);
                record(
                        news == Finding.MISSED
                                ? ScheduleEvents.missed(projectId, milestone, today)
                                : ScheduleEvents.atRisk(projectId, milestone, today),
                        at);
                changed = true;
            }
        }
        if (changed) {
            changed();
        }
        return changed;
    }

    /**
     * Reaches the open milestones planned from an origin that starts with the prefix (the gates into a phase, as the
     * project enters it), on the given day but never after today. Returns how many.
     */
    public int reachByOrigin(String originPrefix, LocalDate on, String by, LocalDate today, Instant at) {
        LocalDate day = on.isAfter(today) ? today : on;
        int reached = 0;
        for (Milestone milestone : milestones) {
            if (milestone.open()
                    && milestone.origin() != null
                    && milestone.origin().startsWith(originPrefix)) {
                achieve(milestone.id(), day, by, today, at);
                reached++;
            }
        }
        return reached;
    }

    /** Moves the open milestone planned from this origin to a new date; false if there is none or it is there. */
    public boolean replanByOrigin(String origin, LocalDate to, String reason, String by, Instant at) {
        Optional<Milestone> planned = byOrigin(origin);
        return planned.isPresent()
                && planned.get().open()
                && replan(planned.get().id(), to, reason, by, at);
    }

    /** The dependencies of the milestone that its forecast breaks (they are expected after it). */
    public List<String> brokenDependencies(String milestoneId) {
        return Dependencies.broken(find(milestoneId), milestones);
    }

    public Milestone find(String milestoneId) {
        return milestones.stream()
                .filter(m -> m.id().equals(milestoneId))
                .findFirst()
                .orElseThrow(() -> new MilestoneNotFound(projectId, milestoneId));
    }

    private Milestone open(String milestoneId) {
        Milestone milestone = find(milestoneId);
        if (!milestone.open()) {
            throw new ScheduleRuleViolated(
                    ScheduleRuleViolated.NOT_OPEN,
                    "Milestone " + milestoneId + " is " + (milestone.achievedOn() != null ? "reached" : "closed"));
        }
        return milestone;
    }

    /** The milestone a rule planned from this origin, if any. */
    public Optional<Milestone> byOrigin(String origin) {
        return milestones.stream().filter(m -> origin.equals(m.origin())).findFirst();
    }

    private void changed() {
        revision++;
    }

    @Override
    public String aggregateId() {
        return projectId;
    }

    public String projectId() {
        return projectId;
    }

    public List<Milestone> milestones() {
        return Collections.unmodifiableList(milestones);
    }

    public boolean isProjectCancelled() {
        return projectCancelled;
    }

    public long revision() {
        return revision;
    }
}
