package de.msh.studies.project.persistence;

import de.msh.platform.inbox.InOrderWriter;
import de.msh.platform.inbox.KnownProjectsCollection;
import de.msh.studies.project.domain.KnownProjects;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoKnownProjects extends KnownProjectsCollection implements KnownProjects {

    MongoKnownProjects(MongoTemplate mongo, InOrderWriter writer) {
        super(mongo, writer);
    }
}
