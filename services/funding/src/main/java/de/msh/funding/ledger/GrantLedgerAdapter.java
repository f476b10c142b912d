package de.msh.funding.ledger;

import de.msh.funding.grant.application.GrantNotFound;
import de.msh.funding.grant.application.GrantService;
import de.msh.funding.grant.application.UnbackedCommitments;
import de.msh.funding.grant.domain.Grant;
import de.msh.funding.grant.domain.GrantAccount;
import de.msh.funding.grant.domain.GrantStatus;
import de.msh.funding.grant.domain.Payments;
import de.msh.funding.rules.domain.GrantRules;
import de.msh.funding.statement.application.GrantLedger;
import de.msh.funding.statement.application.Reconciliation;
import de.msh.funding.statement.application.UnknownGrant;
import de.msh.funding.statement.domain.GrantFacts;
import de.msh.funding.statement.domain.Matching;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** The grants as the statement feature's {@link GrantLedger}. */
@Component
class GrantLedgerAdapter implements GrantLedger {

    private final GrantService grants;
    private final UnbackedCommitments unbacked;
    private final GrantRules rules;

    GrantLedgerAdapter(GrantService grants, UnbackedCommitments unbacked, GrantRules rules) {
        this.grants = grants;
        this.unbacked = unbacked;
        this.rules = rules;
    }

    @Override
    public List<GrantFacts> all() {
        return grants.all().stream().map(GrantFactsOf::of).toList();
    }

    @Override
    public Booked receiveBooked(
            String grantId, String callId, BigDecimal amount, LocalDate valueDate, String bookingId, String by) {
        return booked(() -> grants.receiveBooked(grantId, callId, amount, valueDate, bookingId, by));
    }

    @Override
    public Booked reconcileBooked(
            String grantId, String paymentId, String bookingId, BigDecimal amount, LocalDate bookedOn, String by) {
        return booked(() -> grants.reconcileBooked(grantId, paymentId, bookingId, amount, bookedOn, by));
    }

    private static Booked booked(Supplier<GrantService.Booked> change) {
        try {
            GrantService.Booked booked = change.get();
            return new Booked(GrantFactsOf.of(booked.grant()), booked.paymentId());
        } catch (GrantNotFound missing) {
            throw new UnknownGrant(missing.getMessage());
        }
    }

    /** Calls unpaid past the matching window, proofs overdue, money idle past the spending deadline. */
    @Override
    public FollowUps followUps(LocalDate today) {
        List<Reconciliation.OverdueCall> overdue = new ArrayList<>();
        List<Reconciliation.OverdueProof> proofs = new ArrayList<>();
        List<Reconciliation.IdleMoney> idle = new ArrayList<>();
        GrantRules.SpendWithin spend = rules.spendWithin();
        List<Grant> all = grants.all();
        for (Grant grant : all) {
            if (grant.status() != GrantStatus.APPROVED) {
                continue;
            }
            grant.proofs()
                    .overdue(today)
                    .forEach(p -> proofs.add(new Reconciliation.OverdueProof(
                            grant.id(), grant.fileNumber(), p.id(), p.dueOn(), p.rule())));
            for (GrantAccount.Unspent unspent : grant.account().unspentReceipts()) {
                LocalDate until = unspent.receipt().receivedOn().plusDays(spend.days());
                if (until.isBefore(today)) {
                    idle.add(new Reconciliation.IdleMoney(
                            grant.id(),
                            grant.fileNumber(),
                            unspent.receipt().id(),
                            unspent.amount(),
                            until,
                            spend.source()));
                }
            }
            for (Payments.FundCall call : grant.account().calls()) {
                BigDecimal outstanding = grant.account().openOn(call);
                if (outstanding.signum() > 0
                        && call.calledOn().plusDays(Matching.WINDOW_DAYS).isBefore(today)) {
                    overdue.add(new Reconciliation.OverdueCall(
                            grant.id(), grant.fileNumber(), call.id(), outstanding, call.calledOn()));
                }
            }
        }
        List<Reconciliation.UnbackedCommitment> commitments = unbacked.among(all).stream()
                .map(u -> new Reconciliation.UnbackedCommitment(
                        u.grantId(), u.fileNumber(), u.envelope(), u.held(), u.backed(), u.since()))
                .toList();
        return new FollowUps(overdue, proofs, idle, commitments);
    }
}
