package de.msh.reporting.studies.persistence;

import de.msh.platform.inbox.InOrderWriter;
import de.msh.reporting.space.FieldKeys;
import de.msh.reporting.space.ReadModelSpace;
import de.msh.reporting.studies.domain.StudyRow;
import de.msh.reporting.studies.domain.StudyRows;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Study rows in {@code studies_recommendations}: {@code recommendations.<id>.status} and
 * {@code recommendations.<id>.projects.<project id>}, leaves only, so the writes of one batch fold into one update.
 */
@Repository
class MongoStudyRows implements StudyRows {

    static final String COLLECTION = "studies_recommendations";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;
    private final ReadModelSpace space;

    MongoStudyRows(MongoTemplate mongo, InOrderWriter writer, ReadModelSpace space) {
        this.mongo = mongo;
        this.writer = writer;
        this.space = space;
    }

    @Override
    public boolean registered(String studyId, long sequence, String title, String field) {
        return writer.apply(
                space.collection(COLLECTION),
                studyId,
                sequence,
                new Update().set("title", title).set("field", field));
    }

    @Override
    public boolean withdrawn(String studyId, long sequence) {
        return writer.apply(space.collection(COLLECTION), studyId, sequence, new Update().set("withdrawn", true));
    }

    @Override
    public boolean recommendation(
            String studyId, long sequence, String recommendationId, String status, Collection<String> projects) {
        String at = "recommendations." + FieldKeys.of(recommendationId);
        Update update = new Update().set(at + ".status", status);
        projects.forEach(project -> update.set(at + ".projects." + FieldKeys.of(project), true));
        return writer.apply(space.collection(COLLECTION), studyId, sequence, update);
    }

    @Override
    public List<StudyRow> all() {
        List<StudyRow> studies = new ArrayList<>();
        for (Document row : mongo.find(new Query(), Document.class, space.collection(COLLECTION))) {
            List<StudyRow.RecommendationRow> recommendations = new ArrayList<>();
            Document stored = row.get("recommendations", Document.class);
            if (stored != null) {
                stored.forEach((id, value) -> {
                    Document recommendation = (Document) value;
                    Document projects = recommendation.get("projects", Document.class);
                    Set<String> ids = projects == null ? Set.of() : new TreeSet<>(projects.keySet());
                    recommendations.add(new StudyRow.RecommendationRow(id, recommendation.getString("status"), ids));
                });
            }
            studies.add(new StudyRow(
                    row.getString("_id"), row.getString("field"), row.getBoolean("withdrawn", false), recommendations));
        }
        return studies;
    }
}
