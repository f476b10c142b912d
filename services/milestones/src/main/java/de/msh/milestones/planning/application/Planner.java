package de.msh.milestones.planning.application;

import static de.msh.milestones.schedule.application.ScheduleService.SYSTEM;

import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.events.funding.ProofOfUseDue;
import de.msh.events.milestones.MilestoneKind;
import de.msh.events.projects.ProjectPhase;
import de.msh.milestones.planning.domain.GrantRecipients;
import de.msh.milestones.planning.domain.PlanningRules;
import de.msh.milestones.schedule.application.ScheduleService;
import de.msh.milestones.schedule.domain.MilestonePlan;
import de.msh.milestones.schedule.domain.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Milestones that plan themselves from what other contexts announce. Each is planned under an origin key, so a
 * redelivered or replayed event finds its milestone planned and plans nothing; a cancelled project's schedule takes
 * nothing new. Never throws for a domain reason: a consumer would otherwise retry the batch forever.
 */
@Service
public class Planner {

    private final ScheduleService schedules;
    private final PlanningRules rules;
    private final GrantRecipients recipients;

    Planner(ScheduleService schedules, PlanningRules rules, GrantRecipients recipients) {
        this.schedules = schedules;
        this.rules = rules;
        this.recipients = recipients;
    }

    /**
     * A project entered a phase on a day (registered in it, or moved to it): the gate milestones into that phase are
     * reached, and the template's gates towards the next phase are planned from that day.
     *
     * @param entry the project event's sequence, which tells one entry of a phase from a later one
     */
    public boolean projectEntered(String projectId, ProjectPhase phase, LocalDate on, long entry) {
        return schedules.byRule(projectId, (schedule, today, now) -> {
            boolean changed = schedule.reachByOrigin("gate:" + phase + ":", on, SYSTEM, today, now) > 0;
            for (PlanningRules.PhaseGate gate : rules.gatesPlannedOnEntering(phase)) {
                String origin = "gate:" + gate.into() + ":" + gate.key() + ":" + entry;
                MilestonePlan plan = new MilestonePlan(
                        gate.title(),
                        MilestoneKind.PHASE_GATE,
                        on.plusDays(gate.daysAfterEntry()),
                        List.of(),
                        null,
                        rules.phaseGatesSource(),
                        origin);
                changed |= plan(schedule, plan, today, now);
            }
            return changed;
        });
    }

    /** A proof of use is due: planned as a funding deadline, or moved when the grant moved its date. */
    public boolean proofDue(ProofOfUseDue due) {
        String origin = "grant:" + due.grantId() + ":proof:" + due.proofId();
        return schedules.byRule(due.projectId(), (schedule, today, now) -> {
            if (schedule.byOrigin(origin).isPresent()) {
                return schedule.replanByOrigin(
                        origin, due.dueOn(), "Frist der Zuwendung geändert: " + due.rule(), SYSTEM, now);
            }
            MilestonePlan plan = new MilestonePlan(
                    rules.proofTitle(due.kind()) + " (" + due.proofId() + ")",
                    MilestoneKind.FUNDING_DEADLINE,
                    due.dueOn(),
                    List.of(),
                    due.grantId(),
                    due.rule(),
                    origin);
            return plan(schedule, plan, today, now);
        });
    }

    /** A proof of use was accepted: its deadline is reached on the day of acceptance. */
    public boolean proofAccepted(ProofOfUseAccepted accepted) {
        String origin = "grant:" + accepted.grantId() + ":proof:" + accepted.proofId();
        return schedules.byRule(
                accepted.projectId(),
                (schedule, today, now) ->
                        schedule.reachByOrigin(origin, accepted.acceptedOn(), SYSTEM, today, now) > 0);
    }

    /** An application said whether the recipient is a local authority: remembered for its spending windows. */
    public boolean grantApplied(GrantApplied applied) {
        return applied.recipientKind() != null && recipients.remember(applied.grantId(), applied.recipientKind());
    }

    /**
     * Money was received: the end of the window in which it must be spent becomes a funding deadline; the municipal
     * window if the grant's application said the recipient is a local authority, else the general one.
     */
    public boolean paymentReceived(PaymentReceived received) {
        PlanningRules.SpendingWindow window = rules.spendingWindow(recipients.isMunicipal(received.grantId()));
        MilestonePlan plan = new MilestonePlan(
                window.title() + " (" + received.paymentId() + ")",
                MilestoneKind.FUNDING_DEADLINE,
                window.endFor(received.receivedOn()),
                List.of(),
                received.grantId(),
                window.source(),
                "grant:" + received.grantId() + ":spend:" + received.paymentId());
        return schedules.byRule(received.projectId(), (schedule, today, now) -> plan(schedule, plan, today, now));
    }

    /** The grant was revoked as a whole: its open funding deadlines close. */
    public boolean grantRevoked(String projectId, String grantId) {
        return schedules.byRule(
                projectId,
                (schedule, today, now) -> schedule.grantRevoked(grantId, "Zuwendung widerrufen", SYSTEM, now) > 0);
    }

    private static boolean plan(Schedule schedule, MilestonePlan plan, LocalDate today, Instant now) {
        return schedule.planByRule(UUID.randomUUID().toString(), plan, SYSTEM, today, now);
    }
}
