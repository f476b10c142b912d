package de.msh.reporting.money.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Sums of a group of grants, to the cent. Derived from the grants' rows on every call, never kept as a counter.
 *
 * @param key the programme and period ({@code invkg-arm1 2020-2026}), the project id, or {@code alle}
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
        BigDecimal interest) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    public static MoneyTotals of(String key, List<GrantMoney> grants) {
        BigDecimal committed = grants.stream().map(GrantMoney::committed).reduce(ZERO, BigDecimal::add);
        Map<GrantMoney.Kind, BigDecimal> sums = MovementSums.of(
                grants.stream().flatMap(grant -> grant.movements().stream()).toList());
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
                sums.get(GrantMoney.Kind.INTEREST));
    }
}
