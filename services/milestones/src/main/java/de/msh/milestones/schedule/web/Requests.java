package de.msh.milestones.schedule.web;

import de.msh.events.milestones.MilestoneKind;
import de.msh.milestones.schedule.domain.MilestonePlan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The bodies of the milestone commands. Each change may carry the schedule's revision the caller saw; a schedule
 * changed since is then refused as stale (409).
 */
final class Requests {

    private Requests() {}

    /** @param on the planned date: the baseline and the first forecast */
    record Plan(
            @NotBlank @Size(max = 200) String title,
            @NotNull MilestoneKind kind,
            @NotNull LocalDate on,
            @Nullable @Size(max = 50) List<@NotBlank @Size(max = 60) String> dependsOn) {

        MilestonePlan toPlan() {
            return MilestonePlan.byHand(title, kind, on, dependsOn == null ? List.of() : dependsOn);
        }
    }

    record Replan(
            @NotNull LocalDate to,
            @NotBlank @Size(max = 1000) String reason,
            @Nullable @PositiveOrZero Long revision) {}

    /** @param on the day it was reached; today if absent */
    record Achieve(
            @Nullable LocalDate on,
            @Nullable @PositiveOrZero Long revision) {}

    record DependOn(
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 60) String> dependsOn,
            @Nullable @PositiveOrZero Long revision) {}
}
