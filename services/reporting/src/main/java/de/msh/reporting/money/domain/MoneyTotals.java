package de.msh.reporting.money.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Sums of a group of grants, to the cent. Derived from the grants' rows on every call, never kept as a counter.
 *
 * @param key the programme and period ({@code invkg-arm1 2020-2026}), the strategic field, the project id, or
 *     {@code alle}
 * @param reconciled what bookings of bank statements settled of the group's payments
 * @param openDiscrepancies the sum of the bookings of the group's grants that the matching could not settle and
 *     nobody has settled since; in {@code alle} also those that name no grant
 * @param openDiscrepancyCount how many such bookings
 */
public record MoneyTotals(
        String key,
        int grants,
        BigDecimal committed,
        BigDecimal called,
        BigDecimal received,
        BigDecimal disbursed,
        BigDecimal proven,
        BigDecimal reclaimed,
        BigDecimal repaid,
        BigDecimal interest,
        BigDecimal reconciled,
        BigDecimal openDiscrepancies,
        int openDiscrepancyCount) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** The totals of some grants and of the discrepancies that belong to them. */
    public static MoneyTotals of(String key, List<GrantMoney> grants, List<Discrepancy> discrepancies) {
        BigDecimal committed = grants.stream().map(GrantMoney::committed).reduce(ZERO, BigDecimal::add);
        Map<GrantMoney.Kind, BigDecimal> sums = MovementSums.of(
                grants.stream().flatMap(grant -> grant.movements().stream()).toList());
        List<Discrepancy> open =
                discrepancies.stream().filter(Discrepancy::open).toList();
        return new MoneyTotals(
                key,
                grants.size(),
                committed.setScale(2),
                sums.get(GrantMoney.Kind.CALLED),
                sums.get(GrantMoney.Kind.RECEIVED),
                sums.get(GrantMoney.Kind.DISBURSED),
                sums.get(GrantMoney.Kind.PROVEN),
                sums.get(GrantMoney.Kind.RECLAIMED),
                sums.get(GrantMoney.Kind.REPAID),
                sums.get(GrantMoney.Kind.INTEREST),
                sums.get(GrantMoney.Kind.RECONCILED),
                open.stream()
                        .map(Discrepancy::amount)
                        .reduce(ZERO, BigDecimal::add)
                        .setScale(2),
                open.size());
    }
}
