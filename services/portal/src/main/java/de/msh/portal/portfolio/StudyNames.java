package de.msh.portal.portfolio;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The studies service, only to name the study a project originates from. The portfolio pages keep their own narrow
 * view of it, so portfolio and studies stay independent of each other.
 */
@HttpExchange("/api/studies")
public interface StudyNames {

    @GetExchange("/{id}")
    Named get(@PathVariable String id);

    record Named(Study study) {

        public record Study(String id, String catalogueNumber, Details study) {}

        public record Details(String title) {}
    }
}
