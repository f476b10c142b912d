package de.msh.funding.programme.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A funding programme (Förderprogramm) as reference data: its periods, the envelopes grants draw on, and the highest
 * federal share a decision may grant. Every figure carries its source.
 *
 * @param maxFederalRate the highest share of the eligible costs (0..1) a grant may cover; absent if no rule is recorded
 * @param rateSource where that rule comes from, e.g. "InvKG § 7"
 * @param investmentAreas the areas a measure must fall under (InvKG § 4 (1) for Arm 1); empty if the programme names
 *     none
 */
public record Programme(
        String id,
        String name,
        @Nullable BigDecimal maxFederalRate,
        String rateSource,
        List<FundingPeriod> periods,
        List<Envelope> envelopes,
        List<InvestmentArea> investmentAreas) {

    public Programme {
        periods = List.copyOf(periods == null ? List.of() : periods);
        envelopes = List.copyOf(envelopes == null ? List.of() : envelopes);
        investmentAreas = List.copyOf(investmentAreas == null ? List.of() : investmentAreas);
    }

    /** A programme that names no investment areas. */
    public Programme(
            String id,
            String name,
            @Nullable BigDecimal maxFederalRate,
            String rateSource,
            List<FundingPeriod> periods,
            List<Envelope> envelopes) {
        this(id, name, maxFederalRate, rateSource, periods, envelopes, List.of());
    }

    public Optional<InvestmentArea> investmentArea(String id) {
        return investmentAreas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<FundingPeriod> period(String periodId) {
        return periods.stream().filter(p -> p.id().equals(periodId)).findFirst();
    }

    /** The envelopes a grant in this period draws on: the programme-wide one and the period's own, if any. */
    public List<Envelope> envelopesFor(String periodId) {
        return envelopes.stream()
                .filter(e -> e.period() == null || e.period().equals(periodId))
                .toList();
    }

    /** @param fromYear first calendar year of the period, {@code toYear} the last, both inclusive */
    public record FundingPeriod(String id, int fromYear, int toYear, String source) {

        public boolean contains(int year) {
            return year >= fromYear && year <= toYear;
        }
    }

    /**
     * An investment area (Investitionsbereich) as the law numbers it.
     *
     * @param number its number in the law's list, e.g. 6 for § 4 (1) Nr. 6 InvKG
     * @param source where it is laid down, and what is still to be checked
     */
    public record InvestmentArea(String id, int number, String name, String source) {}

    /**
     * A budget ceiling. Its key names it in the ledger: the programme alone, or programme and period.
     *
     * @param period the period it is for; absent for the whole programme
     * @param demo true when the figure is not confirmed and serves only the demo
     */
    public record Envelope(@Nullable String period, BigDecimal amount, String source, boolean demo) {}
}
