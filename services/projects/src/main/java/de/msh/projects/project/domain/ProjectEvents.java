package de.msh.projects.project.domain;

import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Translates the domain into the published language of {@code msh.projects.events}. */
final class ProjectEvents {

    private ProjectEvents() {}

    static ProjectRegistered registered(String id, String code, ProjectDetails details, ProjectPlan plan, Phase phase) {
        HandlingArea area = details.handlingArea();
        return new ProjectRegistered(
                id,
                code,
                details.title(),
                details.strategicField(),
                details.municipalities(),
                published(phase),
                details.studyId(),
                contributions(plan),
                area == null ? null : area.name(),
                details.projectManager(),
                details.tags(),
                cost(plan));
    }

    static ProjectUpdated updated(String id, ProjectDetails details, ProjectPlan plan, String by) {
        HandlingArea area = details.handlingArea();
        return new ProjectUpdated(
                id,
                details.title(),
                details.strategicField(),
                area == null ? null : area.name(),
                details.municipalities(),
                by,
                details.studyId(),
                contributions(plan),
                details.projectManager(),
                details.tags(),
                cost(plan));
    }

    static ProjectPhase published(Phase phase) {
        return ProjectPhase.valueOf(phase.name());
    }

    private static de.msh.events.projects.@Nullable PlannedCost cost(ProjectPlan plan) {
        PlannedCost cost = plan.cost();
        if (cost == null) {
            return null;
        }
        return new de.msh.events.projects.PlannedCost(
                cost.total(),
                "EUR",
                cost.yearly().stream()
                        .map(y -> new de.msh.events.projects.PlannedCost.YearlyAmount(y.year(), y.amount()))
                        .toList());
    }

    private static List<PlannedContribution> contributions(ProjectPlan plan) {
        return plan.contributions().stream()
                .map(c -> new PlannedContribution(c.indicator(), c.unit(), c.planned()))
                .toList();
    }
}
