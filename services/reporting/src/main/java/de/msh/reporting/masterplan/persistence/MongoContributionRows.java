package de.msh.reporting.masterplan.persistence;

import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.ProjectPhase;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.reporting.masterplan.domain.ContributionRows;
import de.msh.reporting.masterplan.domain.ProjectContributions;
import de.msh.reporting.space.ReadModelSpace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Project rows in {@code masterplan_projects}: {@code planned.<indicator>} replaced as a whole with each registration
 * or edit, {@code reported.<indicator>.<day>} set by each report, never the parent, so the writes of one batch to
 * one row never touch a document and a field inside it.
 */
@Repository
class MongoContributionRows implements ContributionRows {

    static final String COLLECTION = "masterplan_projects";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;
    private final ReadModelSpace space;

    MongoContributionRows(MongoTemplate mongo, InOrderWriter writer, ReadModelSpace space) {
        this.mongo = mongo;
        this.writer = writer;
        this.space = space;
    }

    @Override
    public boolean planned(
            String projectId,
            long sequence,
            @Nullable String field,
            @Nullable ProjectPhase phase,
            List<PlannedContribution> contributions) {
        Document planned = new Document();
        contributions.forEach(c -> planned.append(c.indicator(), new Decimal128(c.planned())));
        Update update = new Update().set("field", field).set("planned", planned);
        if (phase != null) {
            update.set("phase", phase.name());
        }
        return writer.apply(space.collection(COLLECTION), projectId, sequence, update);
    }

    @Override
    public boolean phase(String projectId, long sequence, ProjectPhase phase) {
        return writer.apply(space.collection(COLLECTION), projectId, sequence, new Update().set("phase", phase.name()));
    }

    @Override
    public boolean reported(String projectId, long sequence, String indicator, LocalDate on, BigDecimal value) {
        return writer.apply(
                space.collection(COLLECTION),
                projectId,
                sequence,
                new Update().set("reported." + indicator + "." + on, new Decimal128(value)));
    }

    @Override
    public List<ProjectContributions> on(String indicator) {
        Query query = Query.query(new Criteria()
                .orOperator(
                        Criteria.where("planned." + indicator).exists(true),
                        Criteria.where("reported." + indicator).exists(true)));
        List<ProjectContributions> projects = new ArrayList<>();
        for (Document row : mongo.find(query, Document.class, space.collection(COLLECTION))) {
            projects.add(contributions(row));
        }
        return projects;
    }

    private static ProjectContributions contributions(Document row) {
        Map<String, BigDecimal> planned = new HashMap<>();
        Document plannedRow = row.get("planned", Document.class);
        if (plannedRow != null) {
            plannedRow.forEach((key, value) -> planned.put(key, ((Decimal128) value).bigDecimalValue()));
        }
        Map<String, SortedMap<LocalDate, BigDecimal>> reported = new HashMap<>();
        Document reportedRow = row.get("reported", Document.class);
        if (reportedRow != null) {
            reportedRow.forEach((key, days) -> {
                SortedMap<LocalDate, BigDecimal> values = new TreeMap<>();
                ((Document) days)
                        .forEach((day, value) ->
                                values.put(LocalDate.parse(day), ((Decimal128) value).bigDecimalValue()));
                reported.put(key, values);
            });
        }
        String phase = row.getString("phase");
        return new ProjectContributions(
                row.getString("_id"),
                row.getString("field"),
                phase == null ? null : ProjectPhase.valueOf(phase),
                planned,
                reported);
    }
}
