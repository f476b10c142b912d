package de.msh.reporting.money.application;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantAmended;
import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantReclaimed;
import de.msh.events.funding.PaymentDisbursed;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.events.funding.ReclaimRepaid;
import de.msh.platform.inbox.Outcome;
import de.msh.reporting.money.domain.GrantMoney;
import de.msh.reporting.money.domain.GrantMoney.Kind;
import de.msh.reporting.money.domain.GrantMoney.Movement;
import de.msh.reporting.money.domain.GrantRows;
import de.msh.reporting.money.domain.MoneyTotals;
import de.msh.reporting.money.domain.MoneyView;
import de.msh.reporting.money.domain.YearMoney;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

@Service
public class MoneyService {

    private final GrantRows rows;

    MoneyService(GrantRows rows) {
        this.rows = rows;
    }

    /** Applies one funding event to its grant's row; events that move no money are ignored. */
    public Outcome apply(EventEnvelope<DomainEvent> envelope) {
        DomainEvent event = envelope.data();
        long seq = envelope.sequence();
        if (event instanceof GrantApplied e) {
            return Outcome.of(rows.applied(e.grantId(), seq, e.projectId(), e.programme(), e.period()));
        }
        if (event instanceof GrantApproved e) {
            return Outcome.of(rows.decided(e.grantId(), seq, e.projectId(), e.programme(), e.amount()));
        }
        if (event instanceof GrantAmended e) {
            return Outcome.of(rows.decided(e.grantId(), seq, e.projectId(), null, e.amount()));
        }
        if (event instanceof FundsCalled e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(
                            Kind.CALLED, e.callId(), e.amount(), e.calledOn().getYear()));
        }
        if (event instanceof PaymentReceived e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(
                            Kind.RECEIVED,
                            e.paymentId(),
                            e.amount(),
                            e.receivedOn().getYear()));
        }
        if (event instanceof PaymentDisbursed e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(
                            Kind.DISBURSED,
                            e.paymentId(),
                            e.amount(),
                            e.disbursedOn().getYear()));
        }
        if (event instanceof ProofOfUseAccepted e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(
                            Kind.PROVEN,
                            e.proofId(),
                            e.provenAmount(),
                            e.acceptedOn().getYear()));
        }
        if (event instanceof GrantReclaimed e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(
                            Kind.RECLAIMED,
                            e.reclaimId(),
                            e.amount(),
                            e.effectiveFrom().getYear()));
        }
        if (event instanceof ReclaimRepaid e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(
                            Kind.REPAID, e.reclaimId(), e.amount(), e.paidOn().getYear()),
                    new Movement(
                            Kind.INTEREST,
                            e.reclaimId(),
                            e.interest(),
                            e.paidOn().getYear()));
        }
        return Outcome.IGNORED;
    }

    /** The money of the grants of one programme and/or project (or all), summed from their rows now. */
    public MoneyView view(@Nullable String programme, @Nullable String projectId) {
        List<GrantMoney> grants = rows.find(programme, projectId);
        return new MoneyView(
                MoneyTotals.of("alle", grants),
                grouped(grants, g -> g.programme() + " " + g.period()),
                grouped(grants, g -> String.valueOf(g.projectId())),
                YearMoney.of(grants));
    }

    private Outcome moved(String grantId, long sequence, String projectId, Movement... movements) {
        return Outcome.of(rows.moved(grantId, sequence, projectId, movements));
    }

    private static List<MoneyTotals> grouped(List<GrantMoney> grants, Function<GrantMoney, String> key) {
        Map<String, List<GrantMoney>> groups =
                grants.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return groups.entrySet().stream()
                .map(group -> MoneyTotals.of(group.getKey(), group.getValue()))
                .toList();
    }
}
