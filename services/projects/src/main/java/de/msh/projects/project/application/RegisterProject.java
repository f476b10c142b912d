package de.msh.projects.project.application;

import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.ProjectDetails;
import de.msh.projects.project.domain.ProjectPlan;

/** Register a project in the portfolio. */
public record RegisterProject(String code, ProjectDetails details, ProjectPlan plan, Phase phase) {}
