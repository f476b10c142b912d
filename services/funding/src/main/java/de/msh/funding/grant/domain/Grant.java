package de.msh.funding.grant.domain;

import de.msh.events.DomainEvent;
import de.msh.events.funding.GrantAmended;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantClosed;
import de.msh.events.funding.GrantRejected;
import de.msh.events.funding.ProofOfUseDue;
import de.msh.events.funding.RecipientKind;
import de.msh.funding.grant.domain.Payments.Disbursement;
import de.msh.funding.grant.domain.Payments.FundCall;
import de.msh.funding.grant.domain.Payments.Receipt;
import de.msh.funding.grant.domain.Payments.Reclaim;
import de.msh.funding.programme.domain.Programme;
import de.msh.funding.rules.domain.GrantRules;
import de.msh.funding.rules.domain.InterestCalculation;
import de.msh.funding.rules.domain.InterestRule;
import de.msh.platform.outbox.OutboxAggregate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * A grant (Zuwendung) for one project under one programme and period, from application to closing: approved by a
 * decision or rejected; amended (each decision kept); money called per tranche, received and passed on; proofs of
 * use accepted; money reclaimed with interest; closed. Every step is recorded with who, when and why; the history is
 * append-only. The aggregate is one document, saved at once; its parts each hold one concept's steps — this class
 * the decision and its amendments, rejection and closing; {@link GrantPayments} calls, receipts, disbursements and
 * their bank bookings; {@link GrantProofs} proofs of use; {@link GrantReclaims} reclaims, revocation and repayment.
 * The money rules themselves live in {@link GrantAccount}, the deadlines in {@link ProofSchedule}.
 */
@Document("grants")
public class Grant extends OutboxAggregate {

    public static final String CURRENCY = "EUR";

    @Id
    private final String id;

    private final String fileNumber;
    private final String projectId;
    private final String programmeId;
    private final String periodId;

    @Field(targetType = FieldType.DECIMAL128)
    private final BigDecimal requestedAmount;

    private GrantStatus status;
    private @Nullable Decision decision;
    private List<Decision> superseded = new ArrayList<>();
    private GrantAccount account = new GrantAccount();
    private ProofsOfUse proofs = new ProofsOfUse();
    private long revision;
    private List<HistoryEntry> history = new ArrayList<>();
    private @Nullable RecipientKind recipientKind;
    private @Nullable String investmentArea;
    private @Nullable String recipient;

    /**
     * Who applies and for what: the recipient's kind (it decides which subsidy conditions apply, ANBest-Gk or
     * ANBest-P), its name, and the investment area the measure falls under; each absent if not recorded.
     */
    public record Applicant(
            @Nullable RecipientKind kind,
            @Nullable String investmentArea,
            @Nullable String recipient) {

        public static final Applicant UNKNOWN = new Applicant(null, null, null);
    }

    @PersistenceCreator
    Grant(
            String id,
            String fileNumber,
            String projectId,
            String programmeId,
            String periodId,
            BigDecimal requestedAmount,
            GrantStatus status) {
        this.id = id;
        this.fileNumber = fileNumber;
        this.projectId = projectId;
        this.programmeId = programmeId;
        this.periodId = periodId;
        this.requestedAmount = requestedAmount;
        this.status = status;
    }

    /** Records an application whose recipient's kind is not recorded. */
    public static Grant apply(
            String id,
            String fileNumber,
            String projectId,
            Programme programme,
            String periodId,
            BigDecimal requested,
            String by,
            Instant at) {
        return apply(id, fileNumber, projectId, programme, periodId, requested, Applicant.UNKNOWN, by, at);
    }

    /** Records an application whose recipient's name and investment area are not recorded. */
    public static Grant apply(
            String id,
            String fileNumber,
            String projectId,
            Programme programme,
            String periodId,
            BigDecimal requested,
            @Nullable RecipientKind recipientKind,
            String by,
            Instant at) {
        return apply(
                id,
                fileNumber,
                projectId,
                programme,
                periodId,
                requested,
                new Applicant(recipientKind, null, null),
                by,
                at);
    }

    /**
     * Records an application under a programme's period; the period must be one of the programme's, and the
     * investment area, if named, one of the programme's areas.
     */
    public static Grant apply(
            String id,
            String fileNumber,
            String projectId,
            Programme programme,
            String periodId,
            BigDecimal requested,
            Applicant applicant,
            String by,
            Instant at) {
        if (programme.period(periodId).isEmpty()) {
            throw new InvalidGrant("period", programme.id() + " has no funding period " + periodId);
        }
        String area = blankToNull(applicant.investmentArea());
        if (area != null && programme.investmentArea(area).isEmpty()) {
            throw new InvalidGrant("investmentArea", programme.id() + " has no investment area " + area);
        }
        RecipientKind recipientKind = applicant.kind();
        String recipient = blankToNull(applicant.recipient());
        BigDecimal amount = Money.euros("requestedAmount", requested, true);
        Grant grant = new Grant(id, fileNumber, projectId, programme.id(), periodId, amount, GrantStatus.APPLIED);
        grant.recipientKind = recipientKind;
        grant.investmentArea = area;
        grant.recipient = recipient;
        grant.changed(at, by, "applied", amount.toPlainString() + " EUR", null);
        grant.record(
                new GrantApplied(
                        id,
                        projectId,
                        fileNumber,
                        programme.id(),
                        periodId,
                        amount,
                        CURRENCY,
                        by,
                        recipientKind,
                        area,
                        recipient),
                at);
        return grant;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Approves the grant by a decision, under the programme's rules. The envelope must already hold the amount for
     * this grant (see {@code programme.domain.EnvelopeLedger}), so approval never over-commits a budget.
     */
    public void approve(
            Decision newDecision, Programme programme, GrantRules rules, LocalDate today, String by, Instant at) {
        requirePending();
        Programme.FundingPeriod period = programme.period(periodId).orElseThrow();
        newDecision.checkAgainst(programme, period, today);
        decision = newDecision;
        status = GrantStatus.APPROVED;
        changed(at, by, "approved", newDecision.amount().toPlainString() + " EUR at " + newDecision.rate(), null);
        record(
                new GrantApproved(
                        id,
                        projectId,
                        programmeId,
                        newDecision.amount(),
                        CURRENCY,
                        newDecision.decidedOn(),
                        by,
                        newDecision.rate(),
                        newDecision.eligibleCosts(),
                        newDecision.measureEnd()),
                at);
        schedule(ProofSchedule.of(newDecision, rules), at);
    }

    /**
     * Replaces the decision by an amending one (Änderungsbescheid); the earlier decision is kept. It may not approve
     * less than was already called, and not-yet-accepted proofs are rescheduled to its dates.
     */
    public void amend(
            Decision amended,
            String reason,
            Programme programme,
            GrantRules rules,
            LocalDate today,
            String by,
            Instant at) {
        Decision current = requireApproved();
        if (amended.decidedOn().isBefore(current.decidedOn())) {
            throw new InvalidGrant("decidedOn", "An amendment cannot predate the decision of " + current.decidedOn());
        }
        amended.checkAgainst(programme, programme.period(periodId).orElseThrow(), today);
        account.checkAmendment(amended);
        superseded.add(current);
        decision = amended;
        int version = superseded.size() + 1;
        changed(
                at,
                by,
                "amended",
                "version " + version + ": " + amended.amount().toPlainString() + " EUR at " + amended.rate(),
                reason);
        record(
                new GrantAmended(
                        id,
                        projectId,
                        version,
                        amended.amount(),
                        amended.rate(),
                        amended.eligibleCosts(),
                        CURRENCY,
                        amended.decidedOn(),
                        reason,
                        by,
                        amended.measureEnd()),
                at);
        schedule(ProofSchedule.of(amended, rules), at);
    }

    /**
     * Closes a settled grant: the final proof accepted, every reclaim repaid, no received money left unspent, and
     * nothing kept beyond the grant recognised.
     */
    public void close(LocalDate closedOn, LocalDate today, String by, Instant at) {
        Decision current = requireApproved();
        requireBetween("closedOn", closedOn, current.decidedOn(), today);
        ProofOfUse last = proofs.acceptedFinal()
                .orElseThrow(() -> new GrantRuleViolated(
                        GrantRuleViolated.NOT_SETTLED, "The final proof of use is not accepted yet"));
        if (account.reclaimsOpen()) {
            throw new GrantRuleViolated(GrantRuleViolated.NOT_SETTLED, "A reclaim is not repaid yet");
        }
        if (account.unspent().signum() != 0) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.NOT_SETTLED,
                    account.unspent().toPlainString() + " EUR received is neither passed on nor reclaimed");
        }
        BigDecimal kept = account.received().subtract(account.reclaimed());
        BigDecimal recognised = Objects.requireNonNull(last.recognisedAmount());
        if (kept.compareTo(recognised) > 0) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.NOT_SETTLED,
                    kept.subtract(recognised).toPlainString() + " EUR received beyond the grant recognised must be "
                            + "reclaimed first");
        }
        status = GrantStatus.CLOSED;
        changed(at, by, "closed", kept.toPlainString() + " EUR used", null);
        record(
                new GrantClosed(
                        id,
                        projectId,
                        account.received(),
                        account.disbursed(),
                        account.reclaimed(),
                        CURRENCY,
                        closedOn,
                        by),
                at);
    }

    /** Calls money of one yearly tranche (Mittelabruf). */
    public FundCall callFunds(CallFunds command, LocalDate today, String by, Instant at) {
        return new GrantPayments(this).callFunds(command, today, by, at);
    }

    /**
     * Records money the funding body paid on a call. From a bank statement, the booking id makes it idempotent: the
     * same booking again returns the receipt already recorded.
     */
    public Receipt receive(ReceivePayment command, LocalDate today, String by, Instant at) {
        return new GrantPayments(this).receive(command, today, by, at);
    }

    /** Records money passed on to whoever carries out the measure. */
    public Disbursement disburse(DisbursePayment command, LocalDate today, String by, Instant at) {
        return new GrantPayments(this).disburse(command, today, by, at);
    }

    /** Ties a recorded payment to the bank booking that shows it; false if that booking shows it already. */
    public boolean reconcile(
            String paymentId, String bookingId, BigDecimal booked, LocalDate bookedOn, String by, Instant at) {
        return new GrantPayments(this).reconcile(paymentId, bookingId, booked, bookedOn, by, at);
    }

    /** Accepts a proof of use; the final one names the grant recognised in the end. */
    public ProofOfUse acceptProof(AcceptProof command, LocalDate today, String by, Instant at) {
        return new GrantProofs(this).acceptProof(command, today, by, at);
    }

    /** Reclaims money paid out (Rückforderung); interest runs until it is repaid. */
    public Reclaim reclaim(ReclaimFunds command, LocalDate today, String by, Instant at) {
        return new GrantReclaims(this).reclaim(command, today, by, at);
    }

    /** Revokes the decision as a whole (Widerruf). */
    public Reclaim revoke(RevokeGrant command, LocalDate today, String by, Instant at) {
        return new GrantReclaims(this).revoke(command, today, by, at);
    }

    /** Records the repayment of a reclaim, charging the statutory interest up to the day of payment. */
    public InterestCalculation repay(
            String reclaimId, LocalDate paidOn, InterestRule interest, LocalDate today, String by, Instant at) {
        return new GrantReclaims(this).repay(reclaimId, paidOn, interest, today, by, at);
    }

    /** What this grant holds of its envelopes: nothing before approval or after revocation, what was used once closed. */
    public BigDecimal committedAmount() {
        return switch (status) {
            case APPROVED -> Objects.requireNonNull(decision).amount().subtract(account.reclaimed());
            case CLOSED -> account.received().subtract(account.reclaimed());
            case APPLIED, REJECTED, REVOKED -> BigDecimal.ZERO.setScale(2);
        };
    }

    public void reject(String reason, LocalDate decidedOn, LocalDate today, String by, Instant at) {
        requirePending();
        requireBetween("decidedOn", decidedOn, Decision.EARLIEST, today);
        status = GrantStatus.REJECTED;
        changed(at, by, "rejected", "decided " + decidedOn, reason);
        record(new GrantRejected(id, projectId, Objects.requireNonNull(reason), decidedOn, by), at);
    }

    Decision requireApproved() {
        if (status != GrantStatus.APPROVED || decision == null) {
            throw new GrantRuleViolated(GrantRuleViolated.NOT_APPROVED, "The grant is " + status + ", not approved");
        }
        return decision;
    }

    static void requireBetween(String field, LocalDate day, LocalDate earliest, LocalDate latest) {
        if (day.isBefore(earliest) || day.isAfter(latest)) {
            throw new InvalidGrant(field, "The day lies between " + earliest + " and " + latest + ", not " + day);
        }
    }

    /** Schedules the proofs a decision asks for and announces each new or moved one. */
    private void schedule(List<ProofOfUse> wanted, Instant at) {
        for (ProofOfUse due : proofs.schedule(wanted)) {
            record(new ProofOfUseDue(id, projectId, due.id(), due.kind(), due.dueOn(), due.rule()), at);
        }
    }

    /** Only an application still waiting for its decision can be approved or rejected. */
    private void requirePending() {
        if (status != GrantStatus.APPLIED) {
            throw new GrantRuleViolated(GrantRuleViolated.NOT_PENDING, "The grant is already " + status);
        }
    }

    void changed(Instant at, String by, String action, String detail, @Nullable String reason) {
        revision++;
        history.add(new HistoryEntry(at, by, action, detail, reason));
    }

    /** For the parts of the aggregate: an event saved with the change that caused it. */
    void recordEvent(DomainEvent event, Instant at) {
        record(event, at);
    }

    void revoked() {
        status = GrantStatus.REVOKED;
    }

    @Override
    public String aggregateId() {
        return id;
    }

    public String id() {
        return id;
    }

    public String fileNumber() {
        return fileNumber;
    }

    public String projectId() {
        return projectId;
    }

    public String programmeId() {
        return programmeId;
    }

    public String periodId() {
        return periodId;
    }

    /** Whether the recipient is a local authority; absent if the application did not say. */
    public @Nullable RecipientKind recipientKind() {
        return recipientKind;
    }

    /** The investment area the measure falls under, one of the programme's; absent if not recorded. */
    public @Nullable String investmentArea() {
        return investmentArea;
    }

    /** The recipient's name (Zuwendungsempfänger); absent if not recorded. */
    public @Nullable String recipient() {
        return recipient;
    }

    public BigDecimal requestedAmount() {
        return requestedAmount;
    }

    public GrantStatus status() {
        return status;
    }

    public @Nullable Decision decision() {
        return decision;
    }

    /** The decisions this one replaced, oldest first; the current one is version {@code superseded().size() + 1}. */
    public List<Decision> superseded() {
        return Collections.unmodifiableList(superseded);
    }

    public GrantAccount account() {
        return account;
    }

    public ProofsOfUse proofs() {
        return proofs;
    }

    /** How many steps the grant has had; send it back to refuse a step on a stale view. */
    public long revision() {
        return revision;
    }

    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }
}
