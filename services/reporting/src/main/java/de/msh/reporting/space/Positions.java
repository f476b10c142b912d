package de.msh.reporting.space;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The event positions the rows of a space reflect: per topic partition, the highest offset applied. Advanced after
 * each batch is written, so after a crash between the two the rows may be ahead of what is said here, never behind:
 * the batch is consumed again and the position catches up.
 */
@Component
public class Positions {

    static final String COLLECTION = "reporting_positions";

    /** The position after an event: the next offset to read, as Kafka counts it. */
    public record Position(String topic, int partition, long offset) {}

    private static final Comparator<Position> ORDER =
            Comparator.comparing(Position::topic).thenComparing(Position::partition);

    private final MongoTemplate mongo;
    private final ReadModelSpace space;

    Positions(MongoTemplate mongo, ReadModelSpace space) {
        this.mongo = mongo;
        this.space = space;
    }

    /** Records, per topic partition, that every offset before the given one is applied in the current space. */
    public void advanced(Map<String, Map<Integer, Long>> next) {
        next.forEach((topic, partitions) -> partitions.forEach((partition, offset) -> mongo.upsert(
                Query.query(Criteria.where("_id").is(topic + "/" + partition)),
                new Update().set("topic", topic).set("partition", partition).max("offset", offset),
                space.collection(COLLECTION))));
    }

    /** The positions of the current space, per topic and partition, as {@link #advanced} takes them. */
    public Map<String, Map<Integer, Long>> currentByTopic() {
        Map<String, Map<Integer, Long>> byTopic = new HashMap<>();
        current()
                .forEach(p ->
                        byTopic.computeIfAbsent(p.topic(), t -> new HashMap<>()).put(p.partition(), p.offset()));
        return byTopic;
    }

    /** Positions per topic and partition as a list, ordered by topic and partition. */
    public static List<Position> list(Map<String, Map<Integer, Long>> byTopic) {
        List<Position> list = new ArrayList<>();
        byTopic.forEach((topic, partitions) ->
                partitions.forEach((partition, offset) -> list.add(new Position(topic, partition, offset))));
        list.sort(ORDER);
        return list;
    }

    /** The positions of the current space, by topic and partition. */
    public List<Position> current() {
        List<Position> positions = new ArrayList<>();
        for (Document row : mongo.find(new Query(), Document.class, space.collection(COLLECTION))) {
            positions.add(new Position(
                    row.getString("topic"), row.getInteger("partition"), ((Number) row.get("offset")).longValue()));
        }
        positions.sort(ORDER);
        return positions;
    }
}
