package de.msh.funding.rules.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * The defaults of the grant lifecycle, each with its source. A grant decision may set other deadlines; those win.
 */
public record GrantRules(
        InterimProof interimProof, FinalProof finalProof, SpendWithin spendWithin, InterestRule interest) {

    /** Interim proofs: one per calendar year of the measure before the year it ends, due on this day of the next. */
    public record InterimProof(MonthDay dueMonthDay, String source) {

        public ProofDeadline forYear(int year) {
            return new ProofDeadline(dueMonthDay.atYear(year + 1), "Zwischennachweis " + year + ": " + source);
        }
    }

    /** The final proof: this many months after the measure ends. */
    public record FinalProof(int monthsAfterMeasureEnd, String source) {

        public ProofDeadline after(LocalDate measureEnd) {
            return new ProofDeadline(measureEnd.plusMonths(monthsAfterMeasureEnd), "Verwendungsnachweis: " + source);
        }
    }

    /** Money received must be used within this many days of its payout. */
    public record SpendWithin(int days, String source) {}

    /** A due day and the rule that set it, as shown to users. */
    public record ProofDeadline(LocalDate dueOn, String rule) {}

    public List<String> sources() {
        return List.of(interimProof.source(), finalProof.source(), spendWithin.source(), interest.source());
    }
}
