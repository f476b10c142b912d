package de.msh.funding.grant.domain;

import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantAmended;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantClosed;
import de.msh.events.funding.GrantReclaimed;
import de.msh.events.funding.GrantRejected;
import de.msh.events.funding.PaymentDisbursed;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.PaymentReconciled;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.events.funding.ProofOfUseDue;
import de.msh.events.funding.ReclaimRepaid;
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
import java.util.Optional;
import java.util.stream.Stream;
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
 * append-only. The money rules themselves live in {@link GrantAccount}, the deadlines in {@link ProofSchedule}.
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

    /** Records an application under a programme's period; the period must be one of the programme's. */
    public static Grant apply(
            String id,
            String fileNumber,
            String projectId,
            Programme programme,
            String periodId,
            BigDecimal requested,
            String by,
            Instant at) {
        if (programme.period(periodId).isEmpty()) {
            throw new InvalidGrant("period", programme.id() + " has no funding period " + periodId);
        }
        BigDecimal amount = Money.euros("requestedAmount", requested, true);
        Grant grant = new Grant(id, fileNumber, projectId, programme.id(), periodId, amount, GrantStatus.APPLIED);
        grant.changed(at, by, "applied", amount.toPlainString() + " EUR", null);
        grant.record(new GrantApplied(id, projectId, fileNumber, programme.id(), periodId, amount, CURRENCY, by), at);
        return grant;
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
                        id, projectId, programmeId, newDecision.amount(), CURRENCY, newDecision.decidedOn(), by),
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
                        by),
                at);
        schedule(ProofSchedule.of(amended, rules), at);
    }

    /** Calls money of one yearly tranche (Mittelabruf). */
    public FundCall callFunds(CallFunds command, LocalDate today, String by, Instant at) {
        Decision current = requireApproved();
        int trancheYear = command.trancheYear();
        LocalDate calledOn = command.calledOn();
        String note = command.note();
        requireBetween("calledOn", calledOn, current.decidedOn(), today);
        FundCall call = account.call(current, trancheYear, command.amount(), calledOn, by, note);
        changed(
                at,
                by,
                "funds-called",
                call.id() + ": " + call.amount().toPlainString() + " EUR from tranche " + trancheYear,
                note);
        record(
                new FundsCalled(
                        id, projectId, fileNumber, call.id(), trancheYear, call.amount(), CURRENCY, calledOn, by),
                at);
        return call;
    }

    /**
     * Records money the funding body paid on a call. From a bank statement, the booking id makes it idempotent: the
     * same booking again returns the receipt already recorded.
     */
    public Receipt receive(ReceivePayment command, LocalDate today, String by, Instant at) {
        requireApproved();
        String callId = command.callId();
        LocalDate receivedOn = command.receivedOn();
        String bookingId = command.bookingId();
        if (bookingId != null) {
            Optional<Receipt> known = account.receiptOfBooking(bookingId);
            if (known.isPresent()) {
                return known.get();
            }
        }
        requireBetween("receivedOn", receivedOn, Decision.EARLIEST, today);
        Receipt receipt = account.receive(callId, command.amount(), receivedOn, bookingId, by);
        changed(
                at,
                by,
                "payment-received",
                receipt.id() + ": " + receipt.amount().toPlainString() + " EUR on " + callId,
                bookingId == null ? null : "Buchung " + bookingId);
        record(
                new PaymentReceived(id, projectId, callId, receipt.id(), receipt.amount(), CURRENCY, receivedOn, by),
                at);
        if (bookingId != null) {
            record(
                    new PaymentReconciled(
                            id, projectId, receipt.id(), bookingId, receipt.amount(), CURRENCY, receivedOn, by),
                    at);
        }
        return receipt;
    }

    /** Records money passed on to whoever carries out the measure. */
    public Disbursement disburse(DisbursePayment command, LocalDate today, String by, Instant at) {
        requireApproved();
        String recipient = command.recipient();
        LocalDate disbursedOn = command.disbursedOn();
        requireBetween("disbursedOn", disbursedOn, Decision.EARLIEST, today);
        Disbursement paid = account.disburse(recipient, command.amount(), disbursedOn, by);
        changed(
                at,
                by,
                "payment-disbursed",
                paid.id() + ": " + paid.amount().toPlainString() + " EUR to " + recipient,
                command.note());
        record(new PaymentDisbursed(id, projectId, paid.id(), recipient, paid.amount(), CURRENCY, disbursedOn, by), at);
        return paid;
    }

    /**
     * Ties a recorded receipt or disbursement to the bank booking that shows it. The same booking again changes
     * nothing and returns false.
     */
    public boolean reconcile(
            String paymentId, String bookingId, BigDecimal booked, LocalDate bookedOn, String by, Instant at) {
        BigDecimal amount = paymentAmount(paymentId);
        if (amount.compareTo(booked) != 0) {
            throw new InvalidGrant(
                    "amount",
                    paymentId + " is " + amount.toPlainString() + " EUR, the booking " + booked.toPlainString()
                            + " EUR");
        }
        if (!account.reconcile(paymentId, bookingId)) {
            return false;
        }
        changed(at, by, "payment-reconciled", paymentId + " shown by booking " + bookingId, null);
        record(new PaymentReconciled(id, projectId, paymentId, bookingId, amount, CURRENCY, bookedOn, by), at);
        return true;
    }

    /**
     * Accepts a proof of use. The final proof names the grant recognised in the end, which may not exceed the
     * decision nor the funding rate applied to the spending proven; anything received beyond it must be reclaimed.
     */
    public ProofOfUse acceptProof(AcceptProof command, LocalDate today, String by, Instant at) {
        Decision current = requireApproved();
        String proofId = command.proofId();
        LocalDate submittedOn = command.submittedOn();
        LocalDate acceptedOn = command.acceptedOn();
        requireBetween("submittedOn", submittedOn, current.decidedOn(), today);
        requireBetween("acceptedOn", acceptedOn, submittedOn, today);
        ProofOfUse accepted = proofs.accept(
                proofId, current, submittedOn, acceptedOn, command.provenAmount(), command.recognisedAmount(), by);
        changed(
                at,
                by,
                "proof-accepted",
                proofId + ": " + accepted.provenAmount() + " EUR proven"
                        + (accepted.late(submittedOn) ? ", submitted after " + accepted.dueOn() : ""),
                null);
        record(
                new ProofOfUseAccepted(
                        id,
                        projectId,
                        proofId,
                        accepted.kind(),
                        Objects.requireNonNull(accepted.provenAmount()),
                        CURRENCY,
                        acceptedOn,
                        by),
                at);
        return accepted;
    }

    /** Reclaims money paid out (Rückforderung); interest runs from {@code effectiveFrom} until it is repaid. */
    public Reclaim reclaim(ReclaimFunds command, LocalDate today, String by, Instant at) {
        return takeBack(
                command.amount(), command.effectiveFrom(), command.decidedOn(), false, command.reason(), today, by, at);
    }

    /**
     * Revokes the decision as a whole (Widerruf): what was paid out is reclaimed, nothing more may be called, and the
     * grant holds no budget any more.
     */
    public Reclaim revoke(RevokeGrant command, LocalDate today, String by, Instant at) {
        return takeBack(
                command.amount(), command.effectiveFrom(), command.decidedOn(), true, command.reason(), today, by, at);
    }

    private Reclaim takeBack(
            BigDecimal amount,
            LocalDate effectiveFrom,
            LocalDate decidedOn,
            boolean revoke,
            String reason,
            LocalDate today,
            String by,
            Instant at) {
        Decision current = requireApproved();
        requireBetween("decidedOn", decidedOn, current.decidedOn(), today);
        requireBetween("effectiveFrom", effectiveFrom, current.decidedOn(), decidedOn);
        Reclaim reclaim = account.reclaim(amount, effectiveFrom, decidedOn, revoke, reason, by);
        if (revoke) {
            status = GrantStatus.REVOKED;
        }
        changed(
                at,
                by,
                revoke ? "revoked" : "reclaimed",
                reclaim.id() + ": " + reclaim.amount().toPlainString() + " EUR, interest from " + effectiveFrom,
                reason);
        record(
                new GrantReclaimed(
                        id, projectId, reclaim.id(), reclaim.amount(), CURRENCY, effectiveFrom, revoke, reason, by),
                at);
        return reclaim;
    }

    /** Records the repayment of a reclaim, charging the statutory interest up to the day of payment. */
    public InterestCalculation repay(
            String reclaimId, LocalDate paidOn, InterestRule interest, LocalDate today, String by, Instant at) {
        if (status != GrantStatus.APPROVED && status != GrantStatus.REVOKED) {
            throw new GrantRuleViolated(GrantRuleViolated.NOT_APPROVED, "The grant is " + status);
        }
        requireBetween("paidOn", paidOn, Decision.EARLIEST, today);
        Reclaim owed = account.reclaim(reclaimId);
        InterestCalculation charged = interest.calculate(owed.amount(), owed.effectiveFrom(), paidOn);
        account.repay(reclaimId, paidOn, charged.total());
        changed(
                at,
                by,
                "reclaim-repaid",
                reclaimId + ": " + owed.amount().toPlainString() + " EUR and "
                        + charged.total().toPlainString() + " EUR interest for " + charged.days() + " days",
                null);
        record(
                new ReclaimRepaid(
                        id, projectId, reclaimId, owed.amount(), charged.total(), CURRENCY, paidOn, charged.days(), by),
                at);
        return charged;
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

    private Decision requireApproved() {
        if (status != GrantStatus.APPROVED || decision == null) {
            throw new GrantRuleViolated(GrantRuleViolated.NOT_APPROVED, "The grant is " + status + ", not approved");
        }
        return decision;
    }

    private static void requireBetween(String field, LocalDate day, LocalDate earliest, LocalDate latest) {
        if (day.isBefore(earliest) || day.isAfter(latest)) {
            throw new InvalidGrant(field, "The day lies between " + earliest + " and " + latest + ", not " + day);
        }
    }

    private BigDecimal paymentAmount(String paymentId) {
        return Stream.concat(
                        account.receipts().stream()
                                .filter(r -> r.id().equals(paymentId))
                                .map(Receipt::amount),
                        account.disbursements().stream()
                                .filter(d -> d.id().equals(paymentId))
                                .map(Disbursement::amount))
                .findFirst()
                .orElseThrow(() -> new InvalidGrant("paymentId", "The grant has no payment " + paymentId));
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

    private void changed(Instant at, String by, String action, String detail, @Nullable String reason) {
        revision++;
        history.add(new HistoryEntry(at, by, action, detail, reason));
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
