package de.msh.funding.grant.domain;

import de.msh.funding.grant.domain.Payments.Disbursement;
import de.msh.funding.grant.domain.Payments.FundCall;
import de.msh.funding.grant.domain.Payments.Receipt;
import de.msh.funding.grant.domain.Payments.Reclaim;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The money rules of an approved grant: what may be called, received, passed on and reclaimed. Every amount is
 * exact to the cent and checked against the decision before it is recorded; nothing recorded is changed later,
 * except that a disbursement learns the bank booking that shows it.
 *
 * <ul>
 *   <li>a call draws on one yearly tranche and never exceeds what that tranche, or the grant less what was
 *       reclaimed, has left;
 *   <li>no payment without a call, and never more than the call asked for;
 *   <li>only money received and neither passed on nor reclaimed can be passed on;
 *   <li>only money received and not yet reclaimed can be reclaimed.
 * </ul>
 */
public class GrantAccount {

    private List<FundCall> calls = new ArrayList<>();
    private List<Receipt> receipts = new ArrayList<>();
    private List<Disbursement> disbursements = new ArrayList<>();
    private List<Reclaim> reclaims = new ArrayList<>();

    FundCall call(
            Decision decision,
            int trancheYear,
            BigDecimal requested,
            LocalDate calledOn,
            String by,
            @Nullable String note) {
        BigDecimal amount = Money.euros("amount", requested, true);
        Decision.Tranche tranche = decision.tranche(trancheYear)
                .orElseThrow(() -> new InvalidGrant("trancheYear", "The decision has no tranche for " + trancheYear));
        BigDecimal trancheLeft = tranche.amount().subtract(calledFrom(trancheYear));
        if (amount.compareTo(trancheLeft) > 0) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.CALL_EXCEEDS_TRANCHE,
                    "The tranche " + trancheYear + " has " + trancheLeft.toPlainString() + " EUR left to call, not "
                            + amount.toPlainString() + " EUR");
        }
        BigDecimal grantLeft = uncalled(decision);
        if (amount.compareTo(grantLeft) > 0) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.CALL_EXCEEDS_GRANT,
                    "The grant has " + grantLeft.toPlainString() + " EUR left to call after reclaims, not "
                            + amount.toPlainString() + " EUR");
        }
        FundCall call = new FundCall("C-" + (calls.size() + 1), trancheYear, amount, calledOn, by, note);
        calls.add(call);
        return call;
    }

    Receipt receive(String callId, BigDecimal paid, LocalDate receivedOn, @Nullable String bookingId, String by) {
        BigDecimal amount = Money.euros("amount", paid, true);
        FundCall call = call(callId)
                .orElseThrow(() -> new GrantRuleViolated(
                        GrantRuleViolated.NO_CALL, "No payment without a call: the grant has no call " + callId));
        if (receivedOn.isBefore(call.calledOn())) {
            throw new InvalidGrant("receivedOn", "The money cannot arrive before the call of " + call.calledOn());
        }
        BigDecimal open = openOn(call);
        if (amount.compareTo(open) > 0) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.PAYMENT_EXCEEDS_CALL,
                    "The call " + callId + " has " + open.toPlainString() + " EUR outstanding, not "
                            + amount.toPlainString() + " EUR");
        }
        Receipt receipt = new Receipt("R-" + (receipts.size() + 1), callId, amount, receivedOn, bookingId, by);
        receipts.add(receipt);
        return receipt;
    }

    Disbursement disburse(String recipient, BigDecimal paid, LocalDate disbursedOn, String by) {
        BigDecimal amount = Money.euros("amount", paid, true);
        BigDecimal available = unspent();
        if (amount.compareTo(available) > 0) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.DISBURSEMENT_EXCEEDS_RECEIPTS,
                    "Only " + available.toPlainString() + " EUR received is not yet passed on or reclaimed, not "
                            + amount.toPlainString() + " EUR");
        }
        Disbursement disbursement =
                new Disbursement("D-" + (disbursements.size() + 1), recipient, amount, disbursedOn, null, by);
        disbursements.add(disbursement);
        return disbursement;
    }

    /**
     * Notes the bank booking that shows a receipt or disbursement; the same booking again changes nothing, another
     * booking for a payment already shown is refused, so no payment is counted twice.
     */
    boolean reconcile(String paymentId, String bookingId) {
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            if (r.id().equals(paymentId)) {
                if (!firstBooking(paymentId, r.bookingId(), bookingId)) {
                    return false;
                }
                receipts.set(i, r.reconciledBy(bookingId));
                return true;
            }
        }
        for (int i = 0; i < disbursements.size(); i++) {
            Disbursement d = disbursements.get(i);
            if (d.id().equals(paymentId)) {
                if (!firstBooking(paymentId, d.bookingId(), bookingId)) {
                    return false;
                }
                disbursements.set(i, d.reconciledBy(bookingId));
                return true;
            }
        }
        throw new InvalidGrant("paymentId", "The grant has no receipt or disbursement " + paymentId);
    }

    private static boolean firstBooking(String paymentId, @Nullable String known, String bookingId) {
        if (known == null) {
            return true;
        }
        if (known.equals(bookingId)) {
            return false;
        }
        throw new GrantRuleViolated(
                GrantRuleViolated.ALREADY_RECONCILED, paymentId + " is already shown by booking " + known);
    }

    Reclaim reclaim(
            BigDecimal requested,
            LocalDate effectiveFrom,
            LocalDate decidedOn,
            boolean revoke,
            String reason,
            String by) {
        BigDecimal amount = Money.euros("amount", requested, !revoke);
        BigDecimal reclaimable = received().subtract(reclaimed());
        if (amount.compareTo(reclaimable) > 0) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.RECLAIM_EXCEEDS_RECEIPTS,
                    "Only " + reclaimable.toPlainString() + " EUR was paid out and not yet reclaimed, not "
                            + amount.toPlainString() + " EUR");
        }
        if (revoke && amount.compareTo(reclaimable) != 0) {
            throw new InvalidGrant(
                    "amount",
                    "Revoking the whole decision reclaims everything paid out and not yet reclaimed: "
                            + reclaimable.toPlainString() + " EUR");
        }
        Reclaim reclaim = new Reclaim(
                "RF-" + (reclaims.size() + 1), amount, effectiveFrom, decidedOn, revoke, reason, by, null, null);
        reclaims.add(reclaim);
        return reclaim;
    }

    Reclaim repay(String reclaimId, LocalDate paidOn, BigDecimal interest) {
        Reclaim owed = reclaim(reclaimId);
        if (!owed.open()) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.ALREADY_REPAID, reclaimId + " was repaid on " + owed.repaidOn());
        }
        if (paidOn.isBefore(owed.effectiveFrom())) {
            throw new InvalidGrant("paidOn", "The repayment cannot precede the reclaim's effect");
        }
        Reclaim repaid = owed.repaid(paidOn, interest);
        reclaims.set(reclaims.indexOf(owed), repaid);
        return repaid;
    }

    public Reclaim reclaim(String reclaimId) {
        return reclaims.stream()
                .filter(r -> r.id().equals(reclaimId))
                .findFirst()
                .orElseThrow(() -> new InvalidGrant("reclaimId", "The grant has no reclaim " + reclaimId));
    }

    /** Checks an amending decision against what has already been called. */
    void checkAmendment(Decision amended) {
        BigDecimal floor = called().subtract(reclaimed());
        if (amended.amount().compareTo(floor) < 0) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.AMENDMENT_BELOW_CALLED,
                    "The amended amount " + amended.amount().toPlainString() + " EUR is less than the "
                            + floor.toPlainString() + " EUR already called");
        }
        for (FundCall call : calls) {
            BigDecimal inTranche = amended.tranche(call.trancheYear())
                    .map(Decision.Tranche::amount)
                    .orElse(BigDecimal.ZERO);
            if (inTranche.compareTo(calledFrom(call.trancheYear())) < 0) {
                throw new GrantRuleViolated(
                        GrantRuleViolated.AMENDMENT_BELOW_CALLED,
                        "The tranche " + call.trancheYear() + " would be less than the "
                                + calledFrom(call.trancheYear()).toPlainString() + " EUR already called from it");
            }
        }
    }

    public Optional<FundCall> call(String callId) {
        return calls.stream().filter(c -> c.id().equals(callId)).findFirst();
    }

    public Optional<Receipt> receiptOfBooking(String bookingId) {
        return receipts.stream().filter(r -> bookingId.equals(r.bookingId())).findFirst();
    }

    /** What the funding body still owes on a call. */
    public BigDecimal openOn(FundCall call) {
        return call.amount()
                .subtract(sum(receipts.stream().filter(r -> r.callId().equals(call.id())), Receipt::amount));
    }

    /** What the decision still allows to call: its amount, less what was reclaimed, less what was called. */
    public BigDecimal uncalled(Decision decision) {
        return decision.amount().subtract(reclaimed()).subtract(called());
    }

    public BigDecimal calledFrom(int trancheYear) {
        return sum(calls.stream().filter(c -> c.trancheYear() == trancheYear), FundCall::amount);
    }

    public BigDecimal called() {
        return sum(calls.stream(), FundCall::amount);
    }

    public BigDecimal received() {
        return sum(receipts.stream(), Receipt::amount);
    }

    public BigDecimal disbursed() {
        return sum(disbursements.stream(), Disbursement::amount);
    }

    public BigDecimal reclaimed() {
        return sum(reclaims.stream(), Reclaim::amount);
    }

    /** Reclaimed money paid back, without its interest. */
    public BigDecimal repaid() {
        return sum(reclaims.stream().filter(r -> !r.open()), Reclaim::amount);
    }

    /** The § 49a interest charged on the reclaims repaid. */
    public BigDecimal interestCharged() {
        return sum(
                reclaims.stream().filter(r -> !r.open()),
                r -> r.interest() == null ? BigDecimal.ZERO.setScale(2) : r.interest());
    }

    /** Received money that is neither passed on nor reclaimed: it sits with the district. */
    public BigDecimal unspent() {
        return received().subtract(disbursed()).subtract(reclaimed());
    }

    /**
     * What is left of each receipt after what was passed on or reclaimed, oldest money first (first in, first out):
     * the receipts that still sit with the district, with the part of each not yet used.
     */
    public List<Unspent> unspentReceipts() {
        BigDecimal used = disbursed().add(reclaimed());
        List<Unspent> left = new ArrayList<>();
        for (Receipt receipt : receipts.stream()
                .sorted(java.util.Comparator.comparing(Receipt::receivedOn))
                .toList()) {
            BigDecimal covered = used.min(receipt.amount());
            used = used.subtract(covered);
            if (covered.compareTo(receipt.amount()) < 0) {
                left.add(new Unspent(receipt, receipt.amount().subtract(covered)));
            }
        }
        return left;
    }

    /** The part of a receipt not yet passed on or reclaimed. */
    public record Unspent(Receipt receipt, BigDecimal amount) {}

    public boolean reclaimsOpen() {
        return reclaims.stream().anyMatch(Reclaim::open);
    }

    public List<FundCall> calls() {
        return Collections.unmodifiableList(calls);
    }

    public List<Receipt> receipts() {
        return Collections.unmodifiableList(receipts);
    }

    public List<Disbursement> disbursements() {
        return Collections.unmodifiableList(disbursements);
    }

    public List<Reclaim> reclaims() {
        return Collections.unmodifiableList(reclaims);
    }

    private static <T> BigDecimal sum(Stream<T> items, Function<T, BigDecimal> amount) {
        return items.map(amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
