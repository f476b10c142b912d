package de.msh.platform.inbox;

import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectRegistered;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The projects a service has seen on {@code msh.projects.events}: one row per project, written in event order, so
 * redelivery and replay change nothing. Services that may only refer to live projects (studies adopt into them,
 * funding grants for them) extend it in their persistence package behind their own domain port.
 */
public class KnownProjectsCollection {

    public static final String COLLECTION = "known_projects";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;

    protected KnownProjectsCollection(MongoTemplate mongo, InOrderWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    /** True if the project was registered and has not been cancelled. */
    public boolean isActive(String projectId) {
        return mongo.exists(
                Query.query(Criteria.where("_id")
                        .is(projectId)
                        .and("code")
                        .exists(true)
                        .and("cancelled")
                        .ne(true)),
                COLLECTION);
    }

    /** The id of the live project with this code, for demo data that names projects by their code. */
    public Optional<String> activeIdOfCode(String code) {
        Document found = mongo.findOne(
                Query.query(Criteria.where("code").is(code).and("cancelled").ne(true)), Document.class, COLLECTION);
        return Optional.ofNullable(found).map(d -> String.valueOf(d.get("_id")));
    }

    public boolean registered(ProjectRegistered event, long sequence) {
        return writer.apply(
                COLLECTION,
                event.projectId(),
                sequence,
                new Update().set("code", event.code()).set("title", event.title()));
    }

    public boolean cancelled(ProjectCancelled event, long sequence) {
        return writer.apply(COLLECTION, event.projectId(), sequence, new Update().set("cancelled", true));
    }
}
