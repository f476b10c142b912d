package de.msh.projects.project.persistence;

import de.msh.projects.project.domain.Project;
import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Declares the indexes of the projects collection at start-up, explicitly rather than by annotation scanning: the
 * unique code is a business rule; the outbox sweep index serves the relay; and one index per sort the project list
 * offers, with the {@code _id} it breaks ties by, lets a page be read in order instead of sorting the portfolio;
 * and one per filter of the list.
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
        // the list's filters: a page of a narrow filter is read from its few matches, and counted from them
        for (String field : List.of(
                "phase",
                "details.strategicField",
                "details.municipalities",
                "details.projectManager",
                SearchGrams.FIELD)) {
            indexes.createIndex(new Index(field, Sort.Direction.ASC).named("filter_by_" + field.replace('.', '_')));
        }
        // the document paths behind the list's sort names (ProjectController.SORTABLE)
        for (String field : List.of("code", "details.title", "phase", "registeredAt")) {
            indexes.createIndex(new Index(field, Sort.Direction.ASC)
                    .on("_id", Sort.Direction.ASC)
                    .named("list_by_" + field.replace('.', '_')));
        }
    }
}
