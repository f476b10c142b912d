package de.msh.milestones.schedule.domain;

import de.msh.events.milestones.MilestoneKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is to be planned: by a person (no rule, no origin) or by a rule (a phase template, a funding deadline).
 *
 * @param on the baseline date, which is also the first forecast
 * @param origin a key of what planned it automatically (e.g. {@code grant:G-1:spend:R-2}); one milestone per origin
 */
public record MilestonePlan(
        String title,
        MilestoneKind kind,
        LocalDate on,
        List<String> dependsOn,
        @Nullable String grantId,
        @Nullable String rule,
        @Nullable String origin) {

    public MilestonePlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        if (title == null || title.isBlank()) {
            throw new InvalidMilestone("title", "A milestone needs a title");
        }
        title = title.strip();
        if (title.length() > 200) {
            throw new InvalidMilestone("title", "A milestone's title has at most 200 characters");
        }
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        if (dependsOn.size() != dependsOn.stream().distinct().count()) {
            throw new InvalidMilestone("dependsOn", "A dependency is named twice");
        }
    }

    /** A milestone a person plans. */
    public static MilestonePlan byHand(String title, MilestoneKind kind, LocalDate on, List<String> dependsOn) {
        return new MilestonePlan(title, kind, on, dependsOn, null, null, null);
    }
}
