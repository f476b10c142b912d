package de.msh.milestones.project.persistence;

import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.milestones.project.domain.KnownProjects;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.platform.inbox.KnownProjectsCollection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoKnownProjects extends KnownProjectsCollection implements KnownProjects {

    private final MongoTemplate mongo;
    private final InOrderWriter writer;

    MongoKnownProjects(MongoTemplate mongo, InOrderWriter writer) {
        super(mongo, writer);
        this.mongo = mongo;
        this.writer = writer;
    }

    /** With the manager too, in the same sequence-guarded write (a second write of that sequence would be refused). */
    @Override
    public boolean registered(ProjectRegistered event, long sequence) {
        return writer.apply(
                COLLECTION,
                event.projectId(),
                sequence,
                new Update()
                        .set("code", event.code())
                        .set("title", event.title())
                        .set("manager", event.projectManager()));
    }

    @Override
    public boolean updated(ProjectUpdated event, long sequence) {
        return writer.apply(
                COLLECTION,
                event.projectId(),
                sequence,
                new Update().set("title", event.title()).set("manager", event.projectManager()));
    }

    @Override
    public Set<String> managedBy(String manager) {
        Query query = Query.query(Criteria.where("manager").regex("^" + Pattern.quote(manager.strip()) + "$", "i"));
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(row -> String.valueOf(row.get("_id")))
                .collect(Collectors.toSet());
    }

    @Override
    public Map<String, String> managers() {
        Query managed = Query.query(Criteria.where("manager").type(2));
        managed.fields().include("manager");
        Map<String, String> managers = new HashMap<>();
        for (Document row : mongo.find(managed, Document.class, COLLECTION)) {
            managers.put(String.valueOf(row.get("_id")), row.getString("manager"));
        }
        return managers;
    }

    @Override
    public Map<String, String> names() {
        Query announced = Query.query(Criteria.where("code").exists(true));
        announced.fields().include("code").include("title");
        Map<String, String> names = new HashMap<>();
        for (Document row : mongo.find(announced, Document.class, COLLECTION)) {
            names.put(String.valueOf(row.get("_id")), row.getString("code") + ": " + row.getString("title"));
        }
        return names;
    }
}
