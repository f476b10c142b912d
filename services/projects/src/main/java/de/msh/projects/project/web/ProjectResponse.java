package de.msh.projects.project.web;

import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.Project;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** @param revision how many changes the project has had; send it back to refuse a change on a stale view */
record ProjectResponse(
        String id,
        String code,
        String title,
        @Nullable String strategicField,
        List<String> municipalities,
        Phase phase,
        String registeredBy,
        Instant registeredAt,
        long revision) {

    static ProjectResponse of(Project project) {
        return new ProjectResponse(
                project.id().value(),
                project.code(),
                project.title(),
                project.strategicField(),
                project.municipalities(),
                project.phase(),
                project.registeredBy(),
                project.registeredAt(),
                project.eventSequence());
    }
}
