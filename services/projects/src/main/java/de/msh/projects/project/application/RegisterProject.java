package de.msh.projects.project.application;

import de.msh.projects.project.domain.Phase;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Register a project in the portfolio. */
public record RegisterProject(
        String code, String title, @Nullable String strategicField, List<String> municipalities, Phase phase) {}
