package de.msh.reporting.milestones.persistence;

import de.msh.platform.inbox.InOrderWriter;
import de.msh.reporting.milestones.domain.MilestoneRow;
import de.msh.reporting.milestones.domain.ScheduleRows;
import de.msh.reporting.space.FieldKeys;
import de.msh.reporting.space.ReadModelSpace;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Schedule rows in {@code milestones_schedules}, one per project: {@code milestones.<id>.id}, {@code .title}, {@code .kind},
 * {@code .baselineOn}, {@code .forecastOn}, {@code .achievedOn}, {@code .closed}, and {@code .trend.<day recorded>}
 * holding the forecast of that day; leaves only, so the writes of one batch fold into one update. Days are ISO
 * strings.
 */
@Repository
class MongoScheduleRows implements ScheduleRows {

    static final String COLLECTION = "milestones_schedules";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;
    private final ReadModelSpace space;

    MongoScheduleRows(MongoTemplate mongo, InOrderWriter writer, ReadModelSpace space) {
        this.mongo = mongo;
        this.writer = writer;
        this.space = space;
    }

    @Override
    public boolean planned(
            String projectId,
            long sequence,
            String milestoneId,
            String title,
            String kind,
            LocalDate baselineOn,
            LocalDate recordedOn) {
        String at = at(milestoneId);
        return write(
                projectId,
                sequence,
                new Update()
                        .set(at + ".id", milestoneId)
                        .set(at + ".title", title)
                        .set(at + ".kind", kind)
                        .set(at + ".baselineOn", baselineOn.toString())
                        .set(at + ".forecastOn", baselineOn.toString())
                        .set(at + ".trend." + recordedOn, baselineOn.toString()));
    }

    @Override
    public boolean replanned(
            String projectId, long sequence, String milestoneId, LocalDate forecastOn, LocalDate recordedOn) {
        String at = at(milestoneId);
        return write(
                projectId,
                sequence,
                new Update()
                        .set(at + ".forecastOn", forecastOn.toString())
                        .set(at + ".trend." + recordedOn, forecastOn.toString()));
    }

    @Override
    public boolean achieved(String projectId, long sequence, String milestoneId, LocalDate achievedOn) {
        // reached, the trend ends on the diagonal: on that day it was expected that day
        String at = at(milestoneId);
        return write(
                projectId,
                sequence,
                new Update()
                        .set(at + ".achievedOn", achievedOn.toString())
                        .set(at + ".trend." + achievedOn, achievedOn.toString()));
    }

    @Override
    public boolean closed(String projectId, long sequence, String milestoneId) {
        return write(projectId, sequence, new Update().set(at(milestoneId) + ".closed", true));
    }

    @Override
    public List<MilestoneRow> all() {
        Query query = new Query();
        query.fields().include("milestones");
        List<MilestoneRow> rows = new ArrayList<>();
        for (Document schedule : mongo.find(query, Document.class, space.collection(COLLECTION))) {
            Document milestones = schedule.get("milestones", Document.class);
            if (milestones == null) {
                continue;
            }
            String projectId = schedule.getString("_id");
            milestones.forEach((id, value) -> {
                Document milestone = (Document) value;
                String baseline = milestone.getString("baselineOn");
                if (baseline == null) {
                    return; // a later event of a milestone whose plan this space has not seen
                }
                String achieved = milestone.getString("achievedOn");
                rows.add(new MilestoneRow(
                        projectId,
                        milestone.getString("id"),
                        milestone.getString("title"),
                        milestone.getString("kind"),
                        LocalDate.parse(baseline),
                        LocalDate.parse(milestone.getString("forecastOn")),
                        achieved == null ? null : LocalDate.parse(achieved),
                        milestone.getBoolean("closed", false),
                        trend(milestone.get("trend", Document.class))));
            });
        }
        return rows;
    }

    private static List<MilestoneRow.TrendPoint> trend(@Nullable Document trend) {
        if (trend == null) {
            return List.of();
        }
        List<MilestoneRow.TrendPoint> points = new ArrayList<>();
        trend.forEach((day, forecast) ->
                points.add(new MilestoneRow.TrendPoint(LocalDate.parse(day), LocalDate.parse((String) forecast))));
        points.sort(Comparator.comparing(MilestoneRow.TrendPoint::recordedOn));
        return points;
    }

    private boolean write(String projectId, long sequence, Update update) {
        return writer.apply(space.collection(COLLECTION), projectId, sequence, update);
    }

    private static String at(String milestoneId) {
        return "milestones." + FieldKeys.of(milestoneId);
    }
}
