package de.msh.funding.grant.web;

import de.msh.funding.grant.domain.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A funding decision as the API shows it: amount, rate, eligible costs, tranches per year and deadlines. */
record DecisionResponse(
        BigDecimal amount,
        BigDecimal rate,
        BigDecimal eligibleCosts,
        List<TrancheResponse> tranches,
        LocalDate decidedOn,
        LocalDate measureEnd,
        @Nullable LocalDate finalProofDue) {

    record TrancheResponse(int year, BigDecimal amount) {}

    static DecisionResponse of(Decision decision) {
        return new DecisionResponse(
                decision.amount(),
                decision.rate(),
                decision.eligibleCosts(),
                decision.tranches().stream()
                        .map(t -> new TrancheResponse(t.year(), t.amount()))
                        .toList(),
                decision.decidedOn(),
                decision.measureEnd(),
                decision.finalProofDue());
    }
}
