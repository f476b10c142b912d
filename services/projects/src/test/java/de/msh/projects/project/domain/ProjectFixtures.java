package de.msh.projects.project.domain;

import static de.msh.projects.project.domain.Phase.APPLICATION;
import static de.msh.projects.project.domain.Phase.APPROVED;
import static de.msh.projects.project.domain.Phase.CANCELLED;
import static de.msh.projects.project.domain.Phase.COMPLETED;
import static de.msh.projects.project.domain.Phase.CONCEPT;
import static de.msh.projects.project.domain.Phase.IDEA;
import static de.msh.projects.project.domain.Phase.IMPLEMENTATION;
import static de.msh.projects.project.domain.Phase.ON_HOLD;

import java.time.Instant;
import java.util.List;

final class ProjectFixtures {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private ProjectFixtures() {}

    /** A project walked through the real transitions (with a known funding decision) to the given phase. */
    static Project projectIn(Phase target, ProjectPlan plan) {
        Project project = Project.register(
                ProjectId.next(), "WS-001", ProjectDetails.titled("MakerLab Eisleben"), plan, IDEA, "steering", NOW);
        List<Phase> path = switch (target) {
            case IDEA -> List.of();
            case CONCEPT -> List.of(CONCEPT);
            case APPLICATION -> List.of(CONCEPT, APPLICATION);
            case APPROVED -> List.of(CONCEPT, APPLICATION, APPROVED);
            case IMPLEMENTATION -> List.of(CONCEPT, APPLICATION, APPROVED, IMPLEMENTATION);
            case COMPLETED -> List.of(CONCEPT, APPLICATION, APPROVED, IMPLEMENTATION, COMPLETED);
            case CANCELLED -> List.of(CANCELLED);
            case ON_HOLD -> List.of(CONCEPT, ON_HOLD);
        };
        for (Phase step : path) {
            project.changePhase(new PhaseChange(step, "steering", "Vorbereitung", false), true, NOW);
        }
        return project;
    }
}
