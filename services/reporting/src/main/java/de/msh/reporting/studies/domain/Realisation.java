package de.msh.reporting.studies.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * What became of the recommendations of a group of studies. The realisation rate is the share of realised ones among
 * those not rejected, as the studies service defines it; absent while there are none.
 *
 * @param key the study field, or {@code alle}
 * @param rate between 0 and 1, four decimals, rounded half up
 */
public record Realisation(
        String key,
        int studies,
        int open,
        int adopted,
        int realised,
        int rejected,
        @Nullable BigDecimal rate) {

    public static Realisation of(String key, int studies, int open, int adopted, int realised, int rejected) {
        int relevant = open + adopted + realised;
        BigDecimal rate = relevant == 0
                ? null
                : BigDecimal.valueOf(realised).divide(BigDecimal.valueOf(relevant), 4, RoundingMode.HALF_UP);
        return new Realisation(key, studies, open, adopted, realised, rejected, rate);
    }
}
