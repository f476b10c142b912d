package de.msh.reporting.money.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** The sum of some movements per kind, every kind present, to the cent. */
final class MovementSums {

    private MovementSums() {}

    static Map<GrantMoney.Kind, BigDecimal> of(Collection<GrantMoney.Movement> movements) {
        Map<GrantMoney.Kind, BigDecimal> sums = new EnumMap<>(GrantMoney.Kind.class);
        for (GrantMoney.Kind kind : GrantMoney.Kind.values()) {
            sums.put(kind, BigDecimal.ZERO.setScale(2));
        }
        movements.forEach(movement -> sums.merge(movement.kind(), movement.amount(), BigDecimal::add));
        sums.replaceAll((kind, sum) -> sum.setScale(2));
        return sums;
    }
}
