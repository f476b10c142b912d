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
import de.msh.events.funding.PaymentReconciled;
import de.msh.events.funding.ProofKind;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.events.funding.ReclaimRepaid;
import de.msh.events.funding.ReconciliationDiscrepancyFound;
import de.msh.events.funding.ReconciliationDiscrepancyResolved;
import de.msh.platform.inbox.Outcome;
import de.msh.reporting.money.domain.Discrepancy;
import de.msh.reporting.money.domain.DiscrepancyRows;
import de.msh.reporting.money.domain.GrantMoney;
import de.msh.reporting.money.domain.GrantMoney.Kind;
import de.msh.reporting.money.domain.GrantMoney.Movement;
import de.msh.reporting.money.domain.GrantRows;
import de.msh.reporting.money.domain.MoneyTotals;
import de.msh.reporting.money.domain.MoneyView;
import de.msh.reporting.money.domain.YearMoney;
import de.msh.reporting.portfolio.application.PortfolioService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

@Service
public class MoneyService {

    private final GrantRows rows;
    private final DiscrepancyRows discrepancies;
    private final PortfolioService portfolio;

    MoneyService(GrantRows rows, DiscrepancyRows discrepancies, PortfolioService portfolio) {
        this.rows = rows;
        this.discrepancies = discrepancies;
        this.portfolio = portfolio;
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
                    new Movement(Kind.CALLED, e.amount(), e.calledOn().getYear()));
        }
        if (event instanceof PaymentReceived e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(Kind.RECEIVED, e.amount(), e.receivedOn().getYear()));
        }
        if (event instanceof PaymentDisbursed e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(Kind.DISBURSED, e.amount(), e.disbursedOn().getYear()));
        }
        if (event instanceof ProofOfUseAccepted e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(
                            e.kind() == ProofKind.FINAL ? Kind.FINAL_PROVEN : Kind.PROVEN,
                            e.provenAmount(),
                            e.acceptedOn().getYear()));
        }
        if (event instanceof GrantReclaimed e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(Kind.RECLAIMED, e.amount(), e.effectiveFrom().getYear()));
        }
        if (event instanceof ReclaimRepaid e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(Kind.REPAID, e.amount(), e.paidOn().getYear()),
                    new Movement(Kind.INTEREST, e.interest(), e.paidOn().getYear()));
        }
        if (event instanceof PaymentReconciled e) {
            return moved(
                    e.grantId(),
                    seq,
                    e.projectId(),
                    new Movement(Kind.RECONCILED, e.amount(), e.bookedOn().getYear()));
        }
        if (event instanceof ReconciliationDiscrepancyFound e) {
            return Outcome.of(discrepancies.found(
                    e.statementId(),
                    seq,
                    new Discrepancy(
                            e.bookingId(),
                            e.grantId(),
                            e.kind().name(),
                            e.amount(),
                            e.bookedOn().getYear(),
                            true)));
        }
        if (event instanceof ReconciliationDiscrepancyResolved e) {
            return Outcome.of(discrepancies.resolved(e.statementId(), seq, e.bookingId()));
        }
        return Outcome.IGNORED;
    }

    /**
     * The money of the grants of one programme and/or project (or all), summed from their rows now and rolled up from
     * project to strategic field by the portfolio's rows, so the order in which projects and grants became known
     * does not matter.
     */
    public MoneyView view(@Nullable String programme, @Nullable String projectId) {
        List<GrantMoney> grants = rows.find(programme, projectId);
        Map<String, List<Discrepancy>> byGrant = new HashMap<>();
        List<Discrepancy> unassigned = new ArrayList<>();
        for (Discrepancy discrepancy : discrepancies.all()) {
            if (discrepancy.grantId() == null) {
                unassigned.add(discrepancy);
            } else {
                byGrant.computeIfAbsent(discrepancy.grantId(), id -> new ArrayList<>())
                        .add(discrepancy);
            }
        }
        Map<String, String> fields = portfolio.strategicFields(grants.stream()
                .map(GrantMoney::projectId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Grouping grouping = new Grouping(grants, byGrant);
        List<Discrepancy> inTotal = new ArrayList<>(grouping.discrepancies(grants));
        if (programme == null && projectId == null) {
            // a booking that names no grant, or one reporting does not know, belongs to the portfolio as a whole
            inTotal.addAll(unassigned);
            Set<String> known = grants.stream().map(GrantMoney::grantId).collect(Collectors.toSet());
            byGrant.forEach((grantId, held) -> {
                if (!known.contains(grantId)) {
                    inTotal.addAll(held);
                }
            });
        }
        return new MoneyView(
                MoneyTotals.of("alle", grants, inTotal),
                grouping.by(g -> g.programme() + " " + g.period()),
                grouping.by(g -> fields.getOrDefault(String.valueOf(g.projectId()), MoneyView.UNKNOWN_FIELD)),
                grouping.by(g -> String.valueOf(g.projectId())),
                YearMoney.of(grants));
    }

    /** Every grant's row, for reports that sum them their own way (status reports, the § 8 overview). */
    public List<GrantMoney> grants() {
        return rows.find(null, null);
    }

    private Outcome moved(String grantId, long sequence, String projectId, Movement... movements) {
        return Outcome.of(rows.moved(grantId, sequence, projectId, movements));
    }

    /** Groups grants by a key, each group with the discrepancies that name its grants. */
    private record Grouping(List<GrantMoney> grants, Map<String, List<Discrepancy>> byGrant) {

        List<MoneyTotals> by(Function<GrantMoney, String> key) {
            Map<String, List<GrantMoney>> groups =
                    grants.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
            return groups.entrySet().stream()
                    .map(group -> MoneyTotals.of(group.getKey(), group.getValue(), discrepancies(group.getValue())))
                    .toList();
        }

        List<Discrepancy> discrepancies(List<GrantMoney> of) {
            return of.stream()
                    .flatMap(grant -> byGrant.getOrDefault(grant.grantId(), List.of()).stream())
                    .toList();
        }
    }
}
