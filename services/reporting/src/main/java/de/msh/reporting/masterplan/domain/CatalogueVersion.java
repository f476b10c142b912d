package de.msh.reporting.masterplan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue as one edit left it. Versions are never changed: an edit makes the next one, and a question about a
 * date before it is answered with the version valid then.
 *
 * @param validFrom when this version took effect (the first version is valid from the beginning)
 * @param source where the values come from, as people should read it next to them (e.g. that they are examples)
 */
public record CatalogueVersion(
        int version, Instant validFrom, String editedBy, String reason, String source, List<Indicator> indicators) {

    public CatalogueVersion {
        indicators = indicators.stream()
                .sorted(Comparator.comparing(Indicator::field).thenComparing(Indicator::key))
                .toList();
    }

    public Optional<Indicator> indicator(String key) {
        return indicators.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The next version: this one with the edit's indicators added or replaced and its removals gone. */
    public CatalogueVersion edited(CatalogueEdit edit, String by, Instant at) {
        if (edit.basedOnVersion() != version) {
            throw new StaleCatalogue(edit.basedOnVersion(), version);
        }
        Map<String, Indicator> next = new LinkedHashMap<>();
        indicators.forEach(indicator -> next.put(indicator.key(), indicator));
        for (String key : edit.remove()) {
            if (next.remove(key) == null) {
                throw new InvalidIndicator("remove", "There is no indicator '" + key + "' to remove");
            }
        }
        edit.upsert().forEach(indicator -> next.put(indicator.key(), indicator));
        return new CatalogueVersion(version + 1, at, by, edit.reason(), source, new ArrayList<>(next.values()));
    }
}
