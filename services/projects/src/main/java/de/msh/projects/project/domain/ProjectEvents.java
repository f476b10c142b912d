package de.msh.projects.project.domain;

import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import java.util.List;

/** Translates the domain into the published language of {@code msh.projects.events}. */
final class ProjectEvents {

    private ProjectEvents() {}

    static ProjectRegistered registered(String id, String code, ProjectDetails details, ProjectPlan plan, Phase phase) {
        return new ProjectRegistered(
                id,
                code,
                details.title(),
                details.strategicField(),
                details.municipalities(),
                published(phase),
                details.studyId(),
                contributions(plan));
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
                contributions(plan));
    }

    static ProjectPhase published(Phase phase) {
        return ProjectPhase.valueOf(phase.name());
    }

    private static List<PlannedContribution> contributions(ProjectPlan plan) {
        return plan.contributions().stream()
                .map(c -> new PlannedContribution(c.indicator(), c.unit(), c.planned()))
                .toList();
    }
}
