package de.msh.portal.studies;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The projects service, only to name the projects that carry out a recommendation. The studies pages keep their own
 * narrow view of it rather than the portfolio's client, so the two features stay independent of each other.
 */
@HttpExchange("/api/projects")
public interface ProjectNames {

    @GetExchange("/{id}")
    Named get(@PathVariable String id);

    record Named(Project project) {

        public record Project(String id, String code, String title, String phase) {}
    }
}
