package de.msh.projects.project.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the portfolio list is narrowed to; every part is optional (blank counts as absent) and they combine with
 * "and".
 *
 * @param tag one of the project's tags, ignoring case
 * @param text words found in the title or code, ignoring case
 */
public record ProjectFilter(
        @Nullable Phase phase,
        @Nullable String strategicField,
        @Nullable String municipality,
        @Nullable String projectManager,
        @Nullable String tag,
        @Nullable String text) {

    public ProjectFilter {
        strategicField = ProjectDetails.blankToNull(strategicField);
        municipality = ProjectDetails.blankToNull(municipality);
        projectManager = ProjectDetails.blankToNull(projectManager);
        tag = ProjectDetails.blankToNull(tag);
        text = ProjectDetails.blankToNull(text);
    }
}
