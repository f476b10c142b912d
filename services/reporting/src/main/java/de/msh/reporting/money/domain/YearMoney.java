package de.msh.reporting.money.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The money moved in one calendar year by the grants of a view, summed from their movements, to the cent. */
public record YearMoney(
        int year,
        BigDecimal called,
        BigDecimal received,
        BigDecimal disbursed,
        BigDecimal proven,
        BigDecimal reclaimed,
        BigDecimal repaid,
        BigDecimal interest) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** One entry per year in which any of the grants moved money, oldest first. */
    public static List<YearMoney> of(List<GrantMoney> grants) {
        Map<Integer, Map<GrantMoney.Kind, BigDecimal>> years = new TreeMap<>();
        for (GrantMoney grant : grants) {
            for (GrantMoney.Movement movement : grant.movements()) {
                years.computeIfAbsent(movement.year(), year -> new EnumMap<>(GrantMoney.Kind.class))
                        .merge(movement.kind(), movement.amount(), BigDecimal::add);
            }
        }
        List<YearMoney> result = new ArrayList<>();
        years.forEach((year, sums) -> result.add(new YearMoney(
                year,
                sum(sums, GrantMoney.Kind.CALLED),
                sum(sums, GrantMoney.Kind.RECEIVED),
                sum(sums, GrantMoney.Kind.DISBURSED),
                sum(sums, GrantMoney.Kind.PROVEN),
                sum(sums, GrantMoney.Kind.RECLAIMED),
                sum(sums, GrantMoney.Kind.REPAID),
                sum(sums, GrantMoney.Kind.INTEREST))));
        return result;
    }

    private static BigDecimal sum(Map<GrantMoney.Kind, BigDecimal> sums, GrantMoney.Kind kind) {
        return sums.getOrDefault(kind, ZERO).setScale(2);
    }
}
