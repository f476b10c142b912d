package de.msh.funding.rules.web;

import de.msh.funding.rules.domain.GrantRules;
import de.msh.funding.rules.domain.InterestRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/** The deadlines and the interest rule in force as the API shows them, each with its source. */
record GrantRulesResponse(
        InterimProofResponse interimProof,
        FinalProofResponse finalProof,
        SpendWithinResponse spendWithin,
        InterestRuleResponse interest) {

    record InterimProofResponse(MonthDay dueMonthDay, String source) {}

    record FinalProofResponse(int monthsAfterMeasureEnd, String source) {}

    record SpendWithinResponse(int days, String source) {}

    record InterestRuleResponse(
            BigDecimal pointsAboveBaseRate,
            String source,
            String dayCount,
            String rounding,
            BaseRatesResponse baseRates) {}

    /** @param confirmedThrough the last day a published base rate is known for */
    record BaseRatesResponse(String source, LocalDate confirmedThrough, List<RateResponse> rates) {}

    record RateResponse(LocalDate from, BigDecimal percent) {}

    static GrantRulesResponse of(GrantRules rules) {
        InterestRule interest = rules.interest();
        InterestRule.BaseRates base = interest.baseRates();
        return new GrantRulesResponse(
                new InterimProofResponse(
                        rules.interimProof().dueMonthDay(), rules.interimProof().source()),
                new FinalProofResponse(
                        rules.finalProof().monthsAfterMeasureEnd(),
                        rules.finalProof().source()),
                new SpendWithinResponse(
                        rules.spendWithin().days(), rules.spendWithin().source()),
                new InterestRuleResponse(
                        interest.pointsAboveBaseRate(),
                        interest.source(),
                        interest.dayCount(),
                        interest.rounding(),
                        new BaseRatesResponse(
                                base.source(),
                                base.confirmedThrough(),
                                base.rates().stream()
                                        .map(r -> new RateResponse(r.from(), r.percent()))
                                        .toList())));
    }
}
