package de.msh.projects.project.persistence;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import de.msh.platform.outbox.OutboxAggregate;
import de.msh.projects.project.domain.Project;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, adds the {@link SearchGrams} to project documents saved before the list had them: the free text looks
 * projects up by them, so without them such a project would never be found by its title or code.
 */
@Component
class SearchGramsBackfill {

    private static final Logger log = LoggerFactory.getLogger(SearchGramsBackfill.class);

    private final MongoTemplate mongo;

    SearchGramsBackfill(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Each write is conditional on the version read: a project saved meanwhile got its grams from that save, and an
     * instance racing this one writes the same grams.
     */
    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    void run() {
        var projects = mongo.getCollection(mongo.getCollectionName(Project.class));
        int added = 0;
        for (Document project : projects.find(Filters.exists(SearchGrams.FIELD, false))
                .projection(Projections.include("code", "details.title", OutboxAggregate.VERSION))) {
            String title = project.get("details", Document.class).getString("title");
            var grams = SearchGrams.of(title, project.getString("code"));
            added += (int) projects.updateOne(
                            // flat, not Filters.and: an $and would hide the _id from the store's lookup
                            new Document("_id", project.get("_id"))
                                    .append(OutboxAggregate.VERSION, project.get(OutboxAggregate.VERSION)),
                            Updates.set(SearchGrams.FIELD, grams))
                    .getModifiedCount();
        }
        if (added > 0) {
            log.info("Added the free-text search pieces to {} projects saved before the list had them", added);
        }
    }
}
