package de.msh.portal.milestones;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The projects service, only to name the projects milestones belong to; the milestone pages keep their own view. */
@HttpExchange("/api/projects")
public interface ProjectNames {

    @GetExchange("/{id}")
    Named get(@PathVariable String id);

    record Named(Project project) {

        public record Project(
                String id,
                String code,
                String title,
                String phase,
                @Nullable String projectManager) {}
    }
}
