package de.msh.platform.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Remembers the last sequence this consumer saw per topic and aggregate, whatever became of the event (applied,
 * ignored, unknown type), and records a gap when an event arrives with a sequence beyond the next expected one:
 * then some event in between never reached this consumer (it was dead-lettered, say). One row per missing sequence
 * in {@value #GAPS}. An event that arrives after a later one of its aggregate was applied is refused by the sequence
 * guards, so its row stays listed, marked {@code arrivedLate}: the read models may lack it and need a rebuild.
 * Counted as {@code msh.events.gaps} and listed at the actuator endpoint {@code eventgaps}.
 */
public class SequenceTracker {

    public static final String SEEN = "event_sequences";
    public static final String GAPS = "event_gaps";

    private static final Logger log = LoggerFactory.getLogger(SequenceTracker.class);
    /** A stream that jumps further than this is recorded as one open range, not one row per sequence. */
    private static final int MAX_ROWS_PER_GAP = 100;

    private static final int CACHED = 100_000;

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ConsumerMetrics metrics;
    /** What this instance wrote lately, so a steady stream needs no read before its write; bounded. */
    private final Map<String, Long> recent = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > CACHED;
        }
    });

    public SequenceTracker(MongoTemplate mongo, Clock clock, ConsumerMetrics metrics) {
        this.mongo = mongo;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** A sequence seen on a topic for an aggregate, in the order of the partition. */
    record Seen(String topic, String subject, long sequence) {

        String key() {
            return topic + "|" + subject;
        }
    }

    /**
     * Records one batch's sequences: at most one read (of aggregates this instance has not seen lately) and two bulk
     * writes, whatever the batch size.
     */
    void saw(List<Seen> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, List<Seen>> byAggregate = new LinkedHashMap<>();
        batch.forEach(s ->
                byAggregate.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s));
        Map<String, Long> last = remembered(byAggregate.keySet());
        // Another instance may have moved an aggregate on since this one cached it (a rebalance): check before
        // calling anything a gap.
        List<String> doubtful = byAggregate.entrySet().stream()
                .filter(e -> e.getValue().get(0).sequence() > last.getOrDefault(e.getKey(), 0L) + 1)
                .map(Map.Entry::getKey)
                .filter(recent::containsKey)
                .toList();
        last.putAll(stored(doubtful));
        List<Document> gaps = new ArrayList<>();
        List<String> filled = new ArrayList<>();
        BulkOperations seen = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, SEEN);
        Map<String, Long> now = new HashMap<>();
        byAggregate.forEach((key, sequences) -> {
            long previous = last.getOrDefault(key, 0L);
            for (Seen s : sequences) {
                if (s.sequence() > previous + 1) {
                    gaps.addAll(missing(s, previous));
                } else if (s.sequence() <= previous) {
                    filled.add(gapId(s.key(), s.sequence()));
                }
                previous = Math.max(previous, s.sequence());
            }
            now.put(key, previous);
            Seen first = sequences.get(0);
            seen.upsert(
                    Query.query(Criteria.where("_id").is(key)),
                    new Update()
                            .set("topic", first.topic())
                            .set("subject", first.subject())
                            .max("last", previous));
        });
        seen.execute();
        recent.putAll(now);
        record(gaps);
        if (!filled.isEmpty()) {
            mongo.updateMulti(
                    Query.query(
                            Criteria.where("_id").in(filled).and("arrivedLate").exists(false)),
                    new Update().set("arrivedLate", Date.from(clock.instant())),
                    GAPS);
        }
    }

    /** The last sequence per aggregate: from what this instance wrote lately, else from the store. */
    private Map<String, Long> remembered(java.util.Collection<String> keys) {
        Map<String, Long> last = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String key : keys) {
            Long cached = recent.get(key);
            if (cached == null) {
                unknown.add(key);
            } else {
                last.put(key, cached);
            }
        }
        last.putAll(stored(unknown));
        return last;
    }

    /** The open gaps, oldest first, at most {@code limit}. */
    public List<Document> openGaps(int limit) {
        Query query = new Query().limit(limit);
        query.fields().exclude("_id");
        return mongo.find(query.with(org.springframework.data.domain.Sort.by("detectedAt")), Document.class, GAPS);
    }

    private List<Document> missing(Seen s, long previous) {
        long from = previous + 1;
        long to = s.sequence() - 1;
        log.warn(
                "Gap on {} for aggregate {}: sequences {} to {} never arrived (got {})",
                s.topic(),
                s.subject(),
                from,
                to,
                s.sequence());
        List<Document> rows = new ArrayList<>();
        Date now = Date.from(clock.instant());
        for (long missing = from; missing <= to && rows.size() < MAX_ROWS_PER_GAP; missing++) {
            rows.add(new Document("_id", gapId(s.key(), missing))
                    .append("topic", s.topic())
                    .append("subject", s.subject())
                    .append("sequence", missing)
                    .append("upTo", missing == from + MAX_ROWS_PER_GAP - 1 ? to : missing)
                    .append("seenNext", s.sequence())
                    .append("detectedAt", now));
        }
        return rows;
    }

    private void record(List<Document> gaps) {
        if (gaps.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, GAPS);
        for (Document gap : gaps) {
            Document fields = new Document(gap);
            fields.remove("_id");
            bulk.upsert(
                    Query.query(Criteria.where("_id").is(gap.get("_id"))),
                    Update.fromDocument(new Document("$setOnInsert", fields)));
        }
        var result = bulk.execute();
        metrics.gaps(result.getUpserts().size());
    }

    private Map<String, Long> stored(java.util.Collection<String> keys) {
        Map<String, Long> last = new HashMap<>();
        if (keys.isEmpty()) {
            return last;
        }
        Query query = Query.query(Criteria.where("_id").in(keys));
        query.fields().include("last");
        for (Document row : mongo.find(query, Document.class, SEEN)) {
            last.put(String.valueOf(row.get("_id")), ((Number) row.get("last")).longValue());
        }
        return last;
    }

    private static String gapId(String key, long sequence) {
        return key + "|" + sequence;
    }
}
