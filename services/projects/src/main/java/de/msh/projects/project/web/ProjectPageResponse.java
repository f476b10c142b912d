package de.msh.projects.project.web;

import de.msh.projects.project.domain.Project;
import java.util.List;
import org.springframework.data.domain.Page;

/** One page of the portfolio; a stable shape of its own rather than Spring Data's page serialisation. */
record ProjectPageResponse(List<ProjectResponse> items, int page, int size, long totalItems, int totalPages) {

    static ProjectPageResponse of(Page<Project> page) {
        return new ProjectPageResponse(
                page.getContent().stream().map(ProjectResponse::of).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }
}
