package de.msh.projects.project.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The numbers a project is planned to: its cost, and what it contributes to the Masterplan 2038. Each indicator
 * appears once.
 *
 * @param cost the planned total cost and its yearly split; absent until the office plans it
 */
public record ProjectPlan(@Nullable PlannedCost cost, List<IndicatorContribution> contributions) {

    public static final ProjectPlan NONE = new ProjectPlan(null, List.of());

    public ProjectPlan {
        contributions = List.copyOf(contributions == null ? List.of() : contributions);
        Set<String> seen = new HashSet<>();
        for (IndicatorContribution contribution : contributions) {
            if (!seen.add(contribution.indicator())) {
                throw new InvalidIndicator(
                        "indicators", "The indicator " + contribution.indicator() + " is planned twice");
            }
        }
    }

    public Optional<IndicatorContribution> contributionTo(String indicator) {
        return contributions.stream()
                .filter(c -> c.indicator().equals(indicator))
                .findFirst();
    }

    List<String> differencesFrom(ProjectPlan other) {
        List<String> changed = new ArrayList<>();
        if (!java.util.Objects.equals(cost, other.cost)) {
            changed.add("plannedCost");
        }
        if (!contributions.equals(other.contributions)) {
            changed.add("indicators");
        }
        return changed;
    }
}
