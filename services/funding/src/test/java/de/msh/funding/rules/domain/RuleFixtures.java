package de.msh.funding.rules.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** Lifecycle rules as in the shipped file, with a few of its base rates, for the domain tests. */
public final class RuleFixtures {

    public static final InterestRule INTEREST = new InterestRule(
            new BigDecimal("5"),
            "§ 49a Abs. 3 VwVfG",
            "act/365",
            "half up, once",
            new InterestRule.BaseRates(
                    "Bundesbank",
                    LocalDate.of(2025, 12, 31),
                    List.of(
                            new InterestRule.BaseRates.Rate(LocalDate.of(2025, 7, 1), new BigDecimal("1.27")),
                            new InterestRule.BaseRates.Rate(LocalDate.of(2016, 7, 1), new BigDecimal("-0.88")),
                            new InterestRule.BaseRates.Rate(LocalDate.of(2023, 1, 1), new BigDecimal("1.62")))));

    public static final GrantRules RULES = new GrantRules(
            new GrantRules.InterimProof(MonthDay.of(4, 30), "ANBest-P Nr. 6.1"),
            new GrantRules.FinalProof(6, "ANBest-P Nr. 6.1"),
            new GrantRules.SpendWithin(42, "ANBest-P Nr. 1.4"),
            INTEREST);

    private RuleFixtures() {}
}
