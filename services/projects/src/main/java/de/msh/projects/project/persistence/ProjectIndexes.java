package de.msh.projects.project.persistence;

import de.msh.projects.project.domain.Project;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Declares the indexes of the projects collection at start-up, explicitly rather than by annotation scanning: the
 * unique code is a business rule, and the outbox sweep index is what real MongoDB needs (the embedded store ignores
 * non-unique indexes).
 */
@Component
class ProjectIndexes {

    private final MongoTemplate mongo;

    ProjectIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensure() {
        var indexes = mongo.indexOps(Project.class);
        indexes.createIndex(new Index("code", Sort.Direction.ASC).unique().named("code_unique"));
        indexes.createIndex(new Index("outbox.0.occurredAt", Sort.Direction.ASC).named("outbox_sweep"));
    }
}
