package de.msh.events.milestones;

import de.msh.events.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Emitted when a milestone is put on a project's schedule, by a person or by a rule (a phase template, a funding
 * deadline).
 *
 * @param projectId the project, also the event subject
 * @param milestoneId the milestone's stable id
 * @param title what is due, as the office writes it (German)
 * @param kind what the milestone marks
 * @param baselineOn the first planned date (Europe/Berlin calendar date); it never changes afterwards
 * @param dependsOn ids of milestones of the same project that must be reached first; may be empty
 * @param grantId the grant a funding deadline belongs to; absent for other kinds
 * @param rule the rule that planned it, with its source; absent when a person planned it
 * @param plannedBy the user name of who planned it, or {@code system} for a rule
 */
@EventType("msh.milestones.MilestonePlanned.v1")
public record MilestonePlanned(
        String projectId,
        String milestoneId,
        String title,
        MilestoneKind kind,
        LocalDate baselineOn,
        List<String> dependsOn,
        @Nullable String grantId,
        @Nullable String rule,
        String plannedBy)
        implements MilestonesEvent {

    public MilestonePlanned {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(baselineOn, "baselineOn");
        Objects.requireNonNull(plannedBy, "plannedBy");
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
