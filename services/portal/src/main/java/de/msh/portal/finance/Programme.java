package de.msh.portal.finance;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A funding programme with what each envelope holds ({@code ProgrammeResponse}). */
public record Programme(
        String id,
        String name,
        @Nullable BigDecimal maxFederalRate,
        @Nullable String rateSource,
        List<Envelope> envelopes) {

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
