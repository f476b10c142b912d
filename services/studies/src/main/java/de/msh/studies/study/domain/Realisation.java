package de.msh.studies.study.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What became of a study's recommendations. The realisation rate is the share of realised recommendations among
 * those not rejected (rejected ones were never meant to be carried out); absent while there are none.
 *
 * @param rate between 0 and 1, four decimals, rounded half up
 */
public record Realisation(
        Map<RecommendationStatus, Integer> byStatus,
        @Nullable BigDecimal rate) {

    public static Realisation of(List<Recommendation> recommendations) {
        Map<RecommendationStatus, Integer> counts = new EnumMap<>(RecommendationStatus.class);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            counts.put(status, 0);
        }
        recommendations.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        int relevant = recommendations.size() - counts.get(RecommendationStatus.REJECTED);
        BigDecimal rate = relevant == 0
                ? null
                : BigDecimal.valueOf(counts.get(RecommendationStatus.REALISED))
                        .divide(BigDecimal.valueOf(relevant), 4, RoundingMode.HALF_UP);
        return new Realisation(counts, rate);
    }
}
