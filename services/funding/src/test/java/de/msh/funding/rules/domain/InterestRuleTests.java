package de.msh.funding.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** § 49a (3) VwVfG: five points above the base rate in force on each day, the total rounded once. */
class InterestRuleTests {

    private static final InterestRule RULE = RuleFixtures.INTEREST;

    @Test
    void splitsTheDaysAtEachChangeOfTheBaseRateAndRoundsOnlyTheTotal() {
        InterestCalculation interest =
                RULE.calculate(new BigDecimal("10000.00"), LocalDate.of(2022, 12, 1), LocalDate.of(2023, 1, 31));

        // 30 days at 4.12 % = 33.863013…, 31 days at 6.62 % = 56.224657…; together 90.087671…
        assertThat(interest.periods())
                .extracting(InterestCalculation.Period::days, p -> p.percent().toPlainString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(30L, "4.12"),
                        org.assertj.core.groups.Tuple.tuple(31L, "6.62"));
        assertThat(interest.periods().get(0).firstDay()).isEqualTo(LocalDate.of(2022, 12, 2));
        assertThat(interest.periods().get(1).lastDay()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(interest.total()).isEqualTo(new BigDecimal("90.09"));
        assertThat(interest.days()).isEqualTo(61);
        assertThat(interest.provisional()).isFalse();
    }

    @Test
    void anAmountRepaidOnTheEffectiveDayBearsNoInterest() {
        InterestCalculation interest =
                RULE.calculate(new BigDecimal("500.00"), LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 2));

        assertThat(interest.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(interest.periods()).isEmpty();
    }

    @Test
    void daysAfterTheLastConfirmedBaseRateAreMarkedProvisional() {
        InterestCalculation interest =
                RULE.calculate(new BigDecimal("365.00"), LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 1));

        // two days at 1.27 + 5 = 6.27 % on 365.00 EUR: 0.1254 EUR, rounded to 0.13
        assertThat(interest.total()).isEqualTo(new BigDecimal("0.13"));
        assertThat(interest.provisional()).isTrue();
        assertThat(interest.rule()).contains("§ 49a Abs. 3 VwVfG", "Bundesbank");
    }
}
