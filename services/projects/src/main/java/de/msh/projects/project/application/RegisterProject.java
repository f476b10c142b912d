package de.msh.projects.project.application;

import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.ProjectDetails;

/** Register a project in the portfolio. */
public record RegisterProject(String code, ProjectDetails details, Phase phase) {}
