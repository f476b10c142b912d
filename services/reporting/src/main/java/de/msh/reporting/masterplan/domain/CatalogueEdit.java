package de.msh.reporting.masterplan.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An edit of the catalogue by an administrator: indicators to add or replace and keys to remove, with a reason, made
 * against the version the editor saw so that two edits of the same version cannot silently overwrite each other.
 */
public record CatalogueEdit(int basedOnVersion, String reason, List<Indicator> upsert, List<String> remove) {

    public CatalogueEdit {
        upsert = List.copyOf(upsert);
        remove = List.copyOf(remove);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < upsert.size(); i++) {
            check(upsert.get(i), "upsert[" + i + "]");
            if (!seen.add(upsert.get(i).key())) {
                throw new InvalidIndicator("upsert[" + i + "].key", "The indicator is named twice in one edit");
            }
        }
        if (upsert.isEmpty() && remove.isEmpty()) {
            throw new InvalidIndicator("upsert", "An edit must add, change or remove at least one indicator");
        }
    }

    /** The rules of one indicator that bean validation cannot see: its years and values together. */
    private static void check(Indicator indicator, String at) {
        if (!indicator.targets().containsKey(Indicator.FINAL_YEAR)) {
            throw new InvalidIndicator(at + ".targets", "A target for " + Indicator.FINAL_YEAR + " is required");
        }
        for (Map.Entry<Integer, BigDecimal> target : indicator.targets().entrySet()) {
            if (target.getKey() <= indicator.baselineYear() || target.getKey() > Indicator.FINAL_YEAR) {
                throw new InvalidIndicator(
                        at + ".targets",
                        "Target years lie after the baseline year " + indicator.baselineYear() + " and not after "
                                + Indicator.FINAL_YEAR + "; " + target.getKey() + " does not");
            }
            if (target.getValue().signum() < 0) {
                throw new InvalidIndicator(at + ".targets", "Target values are never negative");
            }
        }
        if (indicator.baselineValue().signum() < 0) {
            throw new InvalidIndicator(at + ".baselineValue", "The baseline value is never negative");
        }
        BigDecimal last = indicator.targets().get(Indicator.FINAL_YEAR);
        int wanted = indicator.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        if (last.compareTo(indicator.baselineValue()) * wanted <= 0) {
            throw new InvalidIndicator(
                    at + ".targets",
                    "The " + Indicator.FINAL_YEAR + " target must be "
                            + (wanted > 0 ? "above" : "below") + " the baseline for an indicator where "
                            + (wanted > 0 ? "higher" : "lower") + " is better");
        }
    }
}
