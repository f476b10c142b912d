package de.msh.studies.project.persistence;

import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectRegistered;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.studies.project.domain.KnownProjects;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoKnownProjects implements KnownProjects {

    static final String COLLECTION = "known_projects";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;

    MongoKnownProjects(MongoTemplate mongo, InOrderWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
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

    @Override
    public boolean registered(ProjectRegistered event, long sequence) {
        return writer.apply(
                COLLECTION,
                event.projectId(),
                sequence,
                new Update().set("code", event.code()).set("title", event.title()));
    }

    @Override
    public boolean cancelled(ProjectCancelled event, long sequence) {
        return writer.apply(COLLECTION, event.projectId(), sequence, new Update().set("cancelled", true));
    }
}
