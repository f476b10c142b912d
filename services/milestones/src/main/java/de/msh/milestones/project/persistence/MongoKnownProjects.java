package de.msh.milestones.project.persistence;

import de.msh.milestones.project.domain.KnownProjects;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.platform.inbox.KnownProjectsCollection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

@Repository
class MongoKnownProjects extends KnownProjectsCollection implements KnownProjects {

    MongoKnownProjects(MongoTemplate mongo, InOrderWriter writer) {
        super(mongo, writer);
    }
}
