package de.msh.projects.study.persistence;

import de.msh.events.studies.StudyRegistered;
import de.msh.events.studies.StudyWithdrawn;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.projects.study.domain.KnownStudies;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoKnownStudies implements KnownStudies {

    static final String COLLECTION = "known_studies";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;

    MongoKnownStudies(MongoTemplate mongo, InOrderWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public boolean exists(String studyId) {
        return mongo.exists(
                Query.query(Criteria.where("_id")
                        .is(studyId)
                        .and("title")
                        .exists(true)
                        .and("withdrawn")
                        .ne(true)),
                COLLECTION);
    }

    @Override
    public boolean withdrawn(StudyWithdrawn event, long sequence) {
        return writer.apply(COLLECTION, event.studyId(), sequence, new Update().set("withdrawn", true));
    }

    @Override
    public boolean registered(StudyRegistered event, long sequence) {
        return writer.apply(
                COLLECTION,
                event.studyId(),
                sequence,
                new Update()
                        .set("title", event.title())
                        .set("kind", event.kind().name())
                        .set("field", event.field()));
    }
}
