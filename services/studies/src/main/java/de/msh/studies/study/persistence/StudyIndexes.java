package de.msh.studies.study.persistence;

import de.msh.studies.study.domain.Study;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The unique catalogue number is a business rule; the other indexes are what real MongoDB needs for the lookups. */
@Component
class StudyIndexes {

    private final MongoTemplate mongo;

    StudyIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensure() {
        var indexes = mongo.indexOps(Study.class);
        indexes.createIndex(
                new Index("catalogueNumber", Sort.Direction.ASC).unique().named("catalogue_number_unique"));
        indexes.createIndex(new Index("recommendations.projectIds", Sort.Direction.ASC).named("linked_projects"));
        indexes.createIndex(new Index("outbox.0.occurredAt", Sort.Direction.ASC).named("outbox_sweep"));
    }
}
