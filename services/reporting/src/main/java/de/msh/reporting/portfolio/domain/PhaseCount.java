package de.msh.reporting.portfolio.domain;

import de.msh.events.projects.ProjectPhase;

public record PhaseCount(ProjectPhase phase, long count) {}
