package de.msh.portal.finance;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A funding programme with its funding periods and what each envelope holds ({@code ProgrammeResponse}). An
 * application names a programme and one of its periods; an envelope may cover the whole programme.
 */
public record Programme(
        String id,
        String name,
        @Nullable BigDecimal maxFederalRate,
        @Nullable String rateSource,
        List<Period> periods,
        List<Envelope> envelopes,
        List<InvestmentArea> investmentAreas) {

    public Programme {
        investmentAreas = investmentAreas == null ? List.of() : List.copyOf(investmentAreas);
    }

    /** A programme that names no investment areas. */
    public Programme(
            String id,
            String name,
            @Nullable BigDecimal maxFederalRate,
            @Nullable String rateSource,
            List<Period> periods,
            List<Envelope> envelopes) {
        this(id, name, maxFederalRate, rateSource, periods, envelopes, List.of());
    }

    public record Period(String id, int fromYear, int toYear) {}

    /** An investment area a measure of the programme falls under, numbered as in the law (§ 4 (1) InvKG). */
    public record InvestmentArea(String id, int number, String name) {}

    /** @param period the funding period, absent for the whole programme */
    public record Envelope(
            @Nullable String period,
            BigDecimal amount,
            BigDecimal committed,
            BigDecimal remaining,
            String currency,
            String source,
            boolean demo) {}
}
