package de.msh.reporting.money.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
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
        BigDecimal interest,
        BigDecimal reconciled) {

    /** One entry per year in which any of the grants moved money, oldest first. */
    public static List<YearMoney> of(List<GrantMoney> grants) {
        Map<Integer, List<GrantMoney.Movement>> years = new TreeMap<>();
        for (GrantMoney grant : grants) {
            for (GrantMoney.Movement movement : grant.movements()) {
                years.computeIfAbsent(movement.year(), year -> new ArrayList<>())
                        .add(movement);
            }
        }
        List<YearMoney> result = new ArrayList<>();
        years.forEach((year, movements) -> {
            Map<GrantMoney.Kind, BigDecimal> sums = MovementSums.of(movements);
            result.add(new YearMoney(
                    year,
                    sums.get(GrantMoney.Kind.CALLED),
                    sums.get(GrantMoney.Kind.RECEIVED),
                    sums.get(GrantMoney.Kind.DISBURSED),
                    sums.get(GrantMoney.Kind.PROVEN),
                    sums.get(GrantMoney.Kind.RECLAIMED),
                    sums.get(GrantMoney.Kind.REPAID),
                    sums.get(GrantMoney.Kind.INTEREST),
                    sums.get(GrantMoney.Kind.RECONCILED)));
        });
        return result;
    }
}
