package de.msh.milestones.project.persistence;

import de.msh.milestones.project.domain.KnownProjects;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.platform.inbox.KnownProjectsCollection;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

@Repository
class MongoKnownProjects extends KnownProjectsCollection implements KnownProjects {

    private final MongoTemplate mongo;

    MongoKnownProjects(MongoTemplate mongo, InOrderWriter writer) {
        super(mongo, writer);
        this.mongo = mongo;
    }

    @Override
    public Optional<String> nameOf(String projectId) {
        Document row = mongo.findOne(Query.query(Criteria.where("_id").is(projectId)), Document.class, COLLECTION);
        if (row == null || row.getString("code") == null) {
            return Optional.empty();
        }
        return Optional.of(row.getString("code") + ": " + row.getString("title"));
    }
}
