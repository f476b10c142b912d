package de.msh.reporting.money.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
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
        BigDecimal committed = ZERO;
        Map<GrantMoney.Kind, BigDecimal> sums = new EnumMap<>(GrantMoney.Kind.class);
        for (GrantMoney.Kind kind : GrantMoney.Kind.values()) {
            sums.put(kind, ZERO);
        }
        for (GrantMoney grant : grants) {
            committed = committed.add(grant.committed());
            grant.movements().forEach(m -> sums.merge(m.kind(), m.amount(), BigDecimal::add));
        }
        return new MoneyTotals(
                key,
                grants.size(),
                committed.setScale(2),
                sums.get(GrantMoney.Kind.CALLED).setScale(2),
                sums.get(GrantMoney.Kind.RECEIVED).setScale(2),
                sums.get(GrantMoney.Kind.DISBURSED).setScale(2),
                sums.get(GrantMoney.Kind.PROVEN).setScale(2),
                sums.get(GrantMoney.Kind.RECLAIMED).setScale(2),
                sums.get(GrantMoney.Kind.REPAID).setScale(2),
                sums.get(GrantMoney.Kind.INTEREST).setScale(2));
    }
}
