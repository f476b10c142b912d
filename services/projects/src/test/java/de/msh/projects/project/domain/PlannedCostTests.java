package de.msh.projects.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.projects.project.domain.PlannedCost.YearlyAmount;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannedCostTests {

    @Test
    void keepsAmountsExactToTheCentAndTheSplitInYearOrder() {
        PlannedCost cost = new PlannedCost(
                new BigDecimal("1250000"),
                List.of(
                        new YearlyAmount(2027, new BigDecimal("750000.5")),
                        new YearlyAmount(2026, new BigDecimal("499999.50"))));

        assertThat(cost.total()).isEqualTo(new BigDecimal("1250000.00"));
        assertThat(cost.yearly()).extracting(YearlyAmount::year).containsExactly(2026, 2027);
        assertThat(cost.yearly().get(1).amount()).isEqualTo(new BigDecimal("750000.50"));
        assertThat(cost)
                .isEqualTo(new PlannedCost(
                        new BigDecimal("1250000.00"),
                        List.of(
                                new YearlyAmount(2026, new BigDecimal("499999.5")),
                                new YearlyAmount(2027, new BigDecimal("750000.50")))));
    }

    @Test
    void refusesASplitThatDoesNotAddUpToTheCent() {
        assertRefused(
                () -> new PlannedCost(
                        new BigDecimal("100.00"),
                        List.of(
                                new YearlyAmount(2026, new BigDecimal("50.00")),
                                new YearlyAmount(2027, new BigDecimal("49.99")))),
                "yearly");
    }

    @Test
    void refusesNegativeAmountsFractionsOfACentRepeatedAndFarYears() {
        assertRefused(() -> new PlannedCost(new BigDecimal("-1.00"), List.of()), "total");
        assertRefused(() -> new PlannedCost(new BigDecimal("10.005"), List.of()), "total");
        assertRefused(() -> new YearlyAmount(2019, BigDecimal.ONE), "yearly.year");
        assertRefused(() -> new YearlyAmount(2046, BigDecimal.ONE), "yearly.year");
        assertRefused(() -> new YearlyAmount(2026, new BigDecimal("-0.01")), "yearly.amount");
        assertRefused(
                () -> new PlannedCost(
                        new BigDecimal("2.00"),
                        List.of(new YearlyAmount(2026, BigDecimal.ONE), new YearlyAmount(2026, BigDecimal.ONE))),
                "yearly");
    }

    @Test
    void allowsATotalWithoutASplit() {
        assertThat(new PlannedCost(new BigDecimal("0"), null).yearly()).isEmpty();
    }

    private static void assertRefused(Runnable creation, String field) {
        assertThatThrownBy(creation::run)
                .isInstanceOfSatisfying(
                        InvalidPlannedCost.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
