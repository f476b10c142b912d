package de.msh.reporting.asof.application;

import de.msh.reporting.feed.Replayer;
import de.msh.reporting.space.Positions;
import de.msh.reporting.space.ReadModelSpace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Frozen spaces every {@code msh.reporting.checkpoint-events} events, so an "as of" answer replays at most that many
 * events on top of the nearest one instead of the whole history. A working space follows the topics on its own
 * (not the live consumers: its positions are exactly its content), up to where the topics stood at the first instant
 * with enough events since the last checkpoint; there it is copied into a new checkpoint with its positions.
 * Checkpoints never change, and are listed in {@code reporting_checkpoints}; at most {@code
 * msh.reporting.checkpoint-max} are kept.
 */
@Service
public class Checkpoints {

    static final String COLLECTION = "reporting_checkpoints";
    static final String WORKING = "cpw_";

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    /** A frozen space and the positions its content ends at. */
    public record Checkpoint(String prefix, Map<String, Map<Integer, Long>> positions, long events) {

        /** Whether every event in it lies before the given positions. */
        boolean before(Map<String, Map<Integer, Long>> then) {
            for (var topic : positions.entrySet()) {
                for (var partition : topic.getValue().entrySet()) {
                    long limit = then.getOrDefault(topic.getKey(), Map.of()).getOrDefault(partition.getKey(), 0L);
                    if (partition.getValue() > limit) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private final Replayer replayer;
    private final ReadModelSpace space;
    private final Positions positions;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final long every;
    private final int kept;
    /** Held while checkpoints are made, dropped or copied, so none is dropped while an answer copies it. */
    private final Object set = new Object();

    private final AtomicLong frozen = new AtomicLong();

    Checkpoints(
            Replayer replayer,
            ReadModelSpace space,
            Positions positions,
            MongoTemplate mongo,
            Clock clock,
            @Value("${msh.reporting.checkpoint-events:10000}") long every,
            @Value("${msh.reporting.checkpoint-max:100}") int kept) {
        this.replayer = replayer;
        this.space = space;
        this.positions = positions;
        this.mongo = mongo;
        this.clock = clock;
        this.every = every;
        this.kept = kept;
    }

    /** Brings the working space up to the end of the topics, freezing a checkpoint every so many events. */
    @Scheduled(
            initialDelayString = "${msh.reporting.checkpoint-delay:PT30S}",
            fixedDelayString = "${msh.reporting.checkpoint-delay:PT30S}")
    public void follow() {
        follow(every, kept);
    }

    /**
     * The same, freezing a checkpoint every {@code every} events and keeping at most {@code keep}. Each checkpoint ends
     * where the topics stood at one instant, read up to with {@link Replayer#positionsAfter}: a working space that
     * read one topic far ahead of another would be "before" only instants after its furthest topic, and serve few.
     */
    public synchronized void follow(long every, int keep) {
        Map<String, Map<Integer, Long>> from = space.within(WORKING, positions::currentByTopic);
        if (!ahead(positions.currentByTopic(), from)) {
            // the live consumers have applied nothing the working space lacks: no consumer of the topics is opened
            return;
        }
        long since = eventsSinceLastCheckpoint(from);
        Optional<Map<String, Map<Integer, Long>>> cut;
        while ((cut = replayer.positionsAfter(from, Math.max(1, every - since))).isPresent()) {
            replayer.replay(WORKING, from, cut.get(), read -> {});
            freeze(keep);
            from = space.within(WORKING, positions::currentByTopic);
            since = 0;
        }
        replayer.replay(WORKING, from, null, read -> {});
    }

    /** Drops every checkpoint and the working space: after a rebuild they are made again by the current code. */
    public synchronized void reset() {
        synchronized (set) {
            all().forEach(checkpoint -> space.drop(checkpoint.prefix()));
            space.drop(WORKING);
            mongo.dropCollection(COLLECTION);
        }
    }

    /**
     * Copies the checkpoint with the most events that lies wholly before the positions into an empty space, and
     * returns its positions; without such a checkpoint, copies nothing and returns none (the beginning).
     */
    public Map<String, Map<Integer, Long>> copyNearest(Map<String, Map<Integer, Long>> then, String into) {
        synchronized (set) {
            Optional<Checkpoint> nearest = all().stream()
                    .filter(checkpoint -> checkpoint.before(then))
                    .max(Comparator.comparingLong(Checkpoint::events));
            nearest.ifPresent(checkpoint -> space.copy(checkpoint.prefix(), into));
            return nearest.map(Checkpoint::positions).orElse(Map.of());
        }
    }

    public List<Checkpoint> all() {
        List<Checkpoint> all = new ArrayList<>();
        for (Document row : mongo.find(new Query(), Document.class, COLLECTION)) {
            Map<String, Map<Integer, Long>> at = new HashMap<>();
            row.get("positions", Document.class).forEach((topic, partitions) -> {
                Map<Integer, Long> offsets = new HashMap<>();
                ((Document) partitions).forEach((p, o) -> offsets.put(Integer.valueOf(p), ((Number) o).longValue()));
                at.put(topic, offsets);
            });
            all.add(new Checkpoint(row.getString("_id"), at, ((Number) row.get("events")).longValue()));
        }
        return all;
    }

    private void freeze(int keep) {
        synchronized (set) {
            freezeWorkingSpace();
            thin(keep);
        }
    }

    /**
     * Keeps at most {@code msh.reporting.checkpoint-max} checkpoints, since each is a whole copy of the read models:
     * drops, one at a time, the one whose neighbours lie closest together, never the first or the newest. So they
     * stay spread over the whole history, further apart as it grows.
     */
    private void thin(int keep) {
        List<Checkpoint> sorted = new ArrayList<>(all());
        sorted.sort(Comparator.comparingLong(Checkpoint::events));
        while (sorted.size() > Math.max(keep, 2)) {
            int drop = 1;
            long closest = Long.MAX_VALUE;
            for (int i = 1; i < sorted.size() - 1; i++) {
                long gap = sorted.get(i + 1).events() - sorted.get(i - 1).events();
                if (gap < closest) {
                    closest = gap;
                    drop = i;
                }
            }
            Checkpoint dropped = sorted.remove(drop);
            space.drop(dropped.prefix());
            mongo.remove(Query.query(Criteria.where("_id").is(dropped.prefix())), COLLECTION);
        }
    }

    private void freezeWorkingSpace() {
        // two freezes within one millisecond must not share a space
        String prefix = "cp" + clock.millis() + "n" + frozen.incrementAndGet() + "_";
        Map<String, Map<Integer, Long>> at = space.within(WORKING, positions::currentByTopic);
        space.copy(WORKING, prefix);
        Document stored = new Document();
        at.forEach((topic, partitions) -> {
            Document offsets = new Document();
            partitions.forEach((partition, offset) -> offsets.append(String.valueOf(partition), offset));
            stored.append(topic, offsets);
        });
        long events = count(at);
        mongo.insert(
                new Document("_id", prefix)
                        .append("positions", stored)
                        .append("events", events)
                        .append("at", java.util.Date.from(clock.instant())),
                COLLECTION);
        log.info("Checkpoint {} at {} events", prefix, events);
    }

    private long eventsSinceLastCheckpoint(Map<String, Map<Integer, Long>> working) {
        long last = all().stream().mapToLong(Checkpoint::events).max().orElse(0);
        return count(working) - last;
    }

    private static long count(Map<String, Map<Integer, Long>> positions) {
        return positions.values().stream()
                .flatMap(partitions -> partitions.values().stream())
                .mapToLong(Long::longValue)
                .sum();
    }

    /** Whether some partition is further on in the first positions than in the second. */
    private static boolean ahead(Map<String, Map<Integer, Long>> live, Map<String, Map<Integer, Long>> working) {
        for (var topic : live.entrySet()) {
            for (var partition : topic.getValue().entrySet()) {
                if (partition.getValue()
                        > working.getOrDefault(topic.getKey(), Map.of()).getOrDefault(partition.getKey(), 0L)) {
                    return true;
                }
            }
        }
        return false;
    }
}
