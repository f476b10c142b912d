package de.msh.reporting.portfolio.persistence;

import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.reporting.portfolio.domain.PortfolioRows;
import java.util.EnumMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

@Repository
class MongoPortfolioRows implements PortfolioRows {

    static final String COLLECTION = "portfolio_projects";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;

    MongoPortfolioRows(MongoTemplate mongo, InOrderWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public boolean registered(ProjectRegistered event, long sequence) {
        return writer.apply(
                COLLECTION,
                event.projectId(),
                sequence,
                new Update()
                        .set("code", event.code())
                        .set("title", event.title())
                        .set("strategicField", event.strategicField())
                        .set("municipalities", event.municipalities())
                        .set("phase", event.phase().name()));
    }

    @Override
    public boolean updated(ProjectUpdated event, long sequence) {
        return writer.apply(
                COLLECTION,
                event.projectId(),
                sequence,
                new Update()
                        .set("title", event.title())
                        .set("strategicField", event.strategicField())
                        .set("handlingArea", event.handlingArea())
                        .set("municipalities", event.municipalities()));
    }

    @Override
    public boolean phaseChanged(ProjectPhaseChanged event, long sequence) {
        return writer.apply(
                COLLECTION,
                event.projectId(),
                sequence,
                new Update().set("phase", event.to().name()));
    }

    @Override
    public Map<ProjectPhase, Long> countByPhase() {
        var byPhase = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("phase").exists(true)),
                Aggregation.group("phase").count().as("count"));
        Map<ProjectPhase, Long> counts = new EnumMap<>(ProjectPhase.class);
        for (Document row : mongo.aggregate(byPhase, COLLECTION, Document.class)) {
            counts.put(ProjectPhase.valueOf(row.getString("_id")), ((Number) row.get("count")).longValue());
        }
        return counts;
    }
}
