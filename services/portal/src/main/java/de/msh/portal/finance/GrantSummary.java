package de.msh.portal.finance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What a list of grants shows of one ({@code GrantResponse}, its other parts ignored). */
public record GrantSummary(
        String id,
        String fileNumber,
        String projectId,
        String programme,
        @Nullable String period,
        BigDecimal requestedAmount,
        String status,
        @Nullable Decision decision,
        Totals totals) {

    public record Decision(BigDecimal amount, @Nullable BigDecimal rate) {}

    public record Totals(
            BigDecimal committed,
            BigDecimal called,
            BigDecimal received,
            BigDecimal disbursed,
            BigDecimal reclaimed,
            @Nullable BigDecimal repaid) {}
}
