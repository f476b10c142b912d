package de.msh.portal.start;

import java.math.BigDecimal;
import java.util.List;

/** Reporting's money by programme and funding period, by project and in all ({@code /api/reporting/money}). */
public record MoneyView(Totals total, List<Totals> byProgramme, List<Totals> byProject) {

    /** @param key programme and period ({@code invkg-arm1 2020-2026}), project id, or {@code alle} */
    public record Totals(
            String key,
            int grants,
            BigDecimal committed,
            BigDecimal called,
            BigDecimal received,
            BigDecimal disbursed,
            BigDecimal proven,
            BigDecimal reclaimed,
            BigDecimal repaid,
            BigDecimal interest) {}
}
