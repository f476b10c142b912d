package de.msh.funding.grant.persistence;

import de.msh.funding.grant.domain.Grant;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The unique file number is a business rule; the others are what real MongoDB needs for lookups and the sweep. */
@Component
class GrantIndexes {

    private final MongoTemplate mongo;

    GrantIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensure() {
        var indexes = mongo.indexOps(Grant.class);
        indexes.createIndex(new Index("fileNumber", Sort.Direction.ASC).unique().named("file_number_unique"));
        indexes.createIndex(new Index("projectId", Sort.Direction.ASC).named("by_project"));
        indexes.createIndex(new Index("outbox.0.occurredAt", Sort.Direction.ASC).named("outbox_sweep"));
    }
}
