package de.msh.funding.grant.application;

import de.msh.funding.grant.domain.AcceptProof;
import de.msh.funding.grant.domain.CallFunds;
import de.msh.funding.grant.domain.Decision;
import de.msh.funding.grant.domain.DisbursePayment;
import de.msh.funding.grant.domain.Grant;
import de.msh.funding.grant.domain.Grants;
import de.msh.funding.grant.domain.InvalidGrant;
import de.msh.funding.grant.domain.Payments;
import de.msh.funding.grant.domain.ReceivePayment;
import de.msh.funding.grant.domain.ReclaimFunds;
import de.msh.funding.grant.domain.RevokeGrant;
import de.msh.funding.programme.application.Envelopes;
import de.msh.funding.programme.domain.Programme;
import de.msh.funding.programme.domain.Programmes;
import de.msh.funding.project.domain.KnownProjects;
import de.msh.funding.rules.domain.GrantRules;
import de.msh.funding.rules.domain.InterestCalculation;
import de.msh.platform.outbox.RevisionedChange;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Finance staff's use cases on grants; each changes one grant with one save. */
@Service
public class GrantService {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private final Grants grants;
    private final Programmes programmes;
    private final Envelopes envelopes;
    private final KnownProjects projects;
    private final GrantRules rules;
    private final Clock clock;

    GrantService(
            Grants grants,
            Programmes programmes,
            Envelopes envelopes,
            KnownProjects projects,
            GrantRules rules,
            Clock clock) {
        this.grants = grants;
        this.rules = rules;
        this.programmes = programmes;
        this.envelopes = envelopes;
        this.projects = projects;
        this.clock = clock;
    }

    /** Only for a project the projects service announced and did not cancel; a used file number is refused. */
    public Grant apply(ApplyForGrant command, String by) {
        if (!projects.isActive(command.projectId())) {
            throw UnknownReference.project(command.projectId());
        }
        Programme programme = programme(command.programmeId());
        return grants.save(Grant.apply(
                UUID.randomUUID().toString(),
                command.fileNumber(),
                command.projectId(),
                programme,
                command.periodId(),
                command.requestedAmount(),
                new Grant.Applicant(command.recipientKind(), command.investmentArea(), command.recipient()),
                by,
                clock.instant()));
    }

    /**
     * Approves a grant by its decision. The amount is first committed to the programme's envelopes, which refuse it
     * if it is more than is left; only then is the grant approved. If that fails, the commitment is taken back.
     * Committing is idempotent per grant, so a retried approval never counts the amount twice.
     */
    public Grant approve(String id, @Nullable Long revision, Decision decision, String by) {
        return changeHeld(id, revision, grant -> {
            Programme programme = programme(grant.programmeId());
            grant.approve(decision, programme, rules, today(), by, clock.instant());
        });
    }

    /** Records an amending decision; more money is committed to the envelopes first, less is released after. */
    public Grant amend(String id, @Nullable Long revision, Decision amended, String reason, String by) {
        return changeHeld(id, revision, grant -> {
            Programme programme = programme(grant.programmeId());
            grant.amend(amended, reason, programme, rules, today(), by, clock.instant());
        });
    }

    public Grant callFunds(String id, @Nullable Long revision, CallFunds command, String by) {
        return change(id, revision, grant -> grant.callFunds(command, today(), by, clock.instant()));
    }

    /** Money received on a call, recorded by hand (a bank statement records it through the reconciliation). */
    public Grant receive(String id, @Nullable Long revision, ReceivePayment command, String by) {
        return change(id, revision, grant -> grant.receive(command, today(), by, clock.instant()));
    }

    /**
     * Records money received on a call as a bank booking shows it. The booking id makes it idempotent: the same
     * booking again returns the receipt recorded the first time.
     */
    public Booked receiveBooked(
            String id, String callId, BigDecimal amount, LocalDate valueDate, String bookingId, String by) {
        Grant grant = change(
                id,
                null,
                g -> g.receive(new ReceivePayment(callId, amount, valueDate, bookingId), today(), by, clock.instant()));
        return new Booked(
                grant, grant.account().receiptOfBooking(bookingId).orElseThrow().id());
    }

    /** Ties a receipt or disbursement recorded by hand to the bank booking that shows it; the same booking is a no-op. */
    public Booked reconcileBooked(
            String id, String paymentId, String bookingId, BigDecimal amount, LocalDate bookedOn, String by) {
        Grant grant = change(id, null, g -> g.reconcile(paymentId, bookingId, amount, bookedOn, by, clock.instant()));
        return new Booked(grant, paymentId);
    }

    /** The grant as saved after a booking settled one of its payments, and that payment's id. */
    public record Booked(Grant grant, String paymentId) {}

    public Optional<Grant> byFileNumber(String fileNumber) {
        return grants.findByFileNumber(fileNumber);
    }

    public List<Grant> all() {
        return grants.findAllByOrderByFileNumber();
    }

    public Grant disburse(String id, @Nullable Long revision, DisbursePayment command, String by) {
        return change(id, revision, grant -> grant.disburse(command, today(), by, clock.instant()));
    }

    public Grant acceptProof(String id, @Nullable Long revision, AcceptProof command, String by) {
        return change(id, revision, grant -> grant.acceptProof(command, today(), by, clock.instant()));
    }

    /** A reclaim lowers what the grant holds of its envelopes; a revocation releases all of it. */
    public Grant reclaim(String id, @Nullable Long revision, ReclaimFunds command, String by) {
        return changeHeld(id, revision, grant -> grant.reclaim(command, today(), by, clock.instant()));
    }

    /** Revokes the decision as a whole; the grant's budget goes back to its envelopes. */
    public Grant revoke(String id, @Nullable Long revision, RevokeGrant command, String by) {
        return changeHeld(id, revision, grant -> grant.revoke(command, today(), by, clock.instant()));
    }

    /** Records a repayment and the interest charged for it. */
    public Repaid repay(String id, @Nullable Long revision, String reclaimId, LocalDate paidOn, String by) {
        Grant grant =
                change(id, revision, g -> g.repay(reclaimId, paidOn, rules.interest(), today(), by, clock.instant()));
        return new Repaid(grant, interest(grant, reclaimId, null));
    }

    /** The interest an open reclaim has run up to {@code until} (today if absent), as it would be charged. */
    public InterestCalculation interest(String id, String reclaimId, @Nullable LocalDate until) {
        return interest(get(id), reclaimId, until);
    }

    /** Derived from the recorded reclaim, so what a repayment charged can be shown again, period by period. */
    private InterestCalculation interest(Grant grant, String reclaimId, @Nullable LocalDate until) {
        Payments.Reclaim reclaim = grant.account().reclaim(reclaimId);
        LocalDate day = reclaim.repaidOn() != null ? reclaim.repaidOn() : until != null ? until : today();
        if (day.isBefore(reclaim.effectiveFrom())) {
            throw new InvalidGrant("until", "Interest runs from " + reclaim.effectiveFrom());
        }
        return rules.interest().calculate(reclaim.amount(), reclaim.effectiveFrom(), day);
    }

    /** Closing releases what the grant held of its envelopes beyond the money actually used. */
    public Grant close(String id, @Nullable Long revision, LocalDate closedOn, String by) {
        return changeHeld(id, revision, grant -> grant.close(closedOn, today(), by, clock.instant()));
    }

    /** The grant and the interest charged with a repayment. */
    public record Repaid(Grant grant, InterestCalculation interest) {}

    /**
     * Rejects a grant. An approval that was cut short after committing the amount (a crash between the envelope's
     * write and the grant's) left a commitment behind; it is taken back here, so a rejected grant never holds money.
     */
    public Grant reject(String id, @Nullable Long revision, String reason, LocalDate decidedOn, String by) {
        Grant rejected = change(id, revision, grant -> grant.reject(reason, decidedOn, today(), by, clock.instant()));
        envelopes.release(programme(rejected.programmeId()), rejected.periodId(), id);
        return rejected;
    }

    public Grant get(String id) {
        return grants.findById(id).orElseThrow(() -> new GrantNotFound(id));
    }

    public List<Grant> list(@Nullable String projectId) {
        return projectId == null
                ? grants.findAllByOrderByFileNumber()
                : grants.findByProjectIdOrderByFileNumber(projectId);
    }

    private Programme programme(String programmeId) {
        return programmes.find(programmeId).orElseThrow(() -> UnknownReference.programme(programmeId));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OFFICE_ZONE);
    }

    /**
     * A change that moves what the grant holds of its envelopes. It is tried on a copy first, so a refused step never
     * touches an envelope. More money is committed before the grant is saved and given back if the save fails; less
     * is released only after the save, so a crash in between holds money too long but never over-commits.
     */
    private Grant changeHeld(String id, @Nullable Long revision, Consumer<Grant> change) {
        Grant preview = get(id);
        BigDecimal before = preview.committedAmount();
        change.accept(preview);
        BigDecimal after = preview.committedAmount();
        Programme programme = programme(preview.programmeId());
        if (after.compareTo(before) > 0) {
            envelopes.commit(programme, preview.periodId(), id, after);
            try {
                return change(id, revision, change);
            } catch (RuntimeException notSaved) {
                envelopes.commit(programme, preview.periodId(), id, before);
                throw notSaved;
            }
        }
        Grant saved = change(id, revision, change);
        envelopes.commit(programme, saved.periodId(), id, saved.committedAmount());
        return saved;
    }

    private Grant change(String id, @Nullable Long revision, Consumer<Grant> change) {
        return RevisionedChange.apply(() -> get(id), Grant::revision, revision, change, grants::save);
    }
}
