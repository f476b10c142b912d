package de.msh.platform.inbox;

import com.mongodb.bulk.BulkWriteError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The sequence-guarded writes of one consumed batch, collected while its events are handled and then written
 * together. Writes to one row keep their order: the n-th write to a row goes into the n-th layer, and the layers are
 * written one after the other, each as one unordered bulk per collection. So a batch with one event per aggregate is
 * one bulk write, and sequence 3 of an aggregate can never overtake its sequence 2.
 *
 * <p>Consecutive writes to one row that only {@code $set} fields are folded into one write first (later values win,
 * guarded by the last sequence): for such writes the result is the same as applying them one by one, also when the
 * row had already applied some of them, and a replay or a burst of one aggregate's events costs one write, not one
 * layer each. A folded write that the guard refuses counts all its events as redelivered. Sets of a field and of a
 * field inside it ({@code a}, then {@code a.b}) are not folded: one update cannot hold both. A write whose sequence is
 * not above one written to its row earlier in the batch (the same event redelivered within the batch, as a replay
 * from offset zero meets it) is left out: one by one, the guard would refuse it.
 */
final class PendingWrites {

    private static final int DUPLICATE_KEY = 11000;

    private record Write(List<Integer> events, String collection, String row, Query guard, Update update) {

        boolean onlySets() {
            return update.getUpdateObject().keySet().equals(Set.of("$set"));
        }

        /**
         * Whether one sets a field inside a field the other sets ({@code a} and {@code a.b}): one update may not do
         * both, so such writes stay apart, in order.
         */
        boolean nests(Write later) {
            Set<String> mine =
                    update.getUpdateObject().get("$set", Document.class).keySet();
            for (String path :
                    later.update().getUpdateObject().get("$set", Document.class).keySet()) {
                for (String own : mine) {
                    if (path.startsWith(own + ".") || own.startsWith(path + ".")) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** This write and a later one to the same row, as one write: the later values win, the later guard holds. */
        Write then(Write later) {
            Document sets = new Document(update.getUpdateObject().get("$set", Document.class));
            sets.putAll(later.update().getUpdateObject().get("$set", Document.class));
            List<Integer> both = new ArrayList<>(events);
            both.addAll(later.events());
            return new Write(both, collection, row, later.guard(), Update.fromDocument(new Document("$set", sets)));
        }
    }

    private final List<Write> writes = new ArrayList<>();
    /** Per row, the index in {@link #writes} of its last write. */
    private final Map<String, Integer> lastWriteOfRow = new HashMap<>();
    /** Per row, the highest sequence written to it in this batch. */
    private final Map<String, Long> highestSequenceOfRow = new HashMap<>();

    private final Set<Integer> eventsWithWrites = new HashSet<>();
    private int currentEvent;

    void forEvent(int index) {
        currentEvent = index;
    }

    void add(String collection, String row, long sequence, Query guard, Update update) {
        eventsWithWrites.add(currentEvent);
        String key = collection + '\u0000' + row;
        Long highest = highestSequenceOfRow.get(key);
        if (highest != null && sequence <= highest) {
            // a redelivery within the batch: applied one by one, the guard would refuse it after the higher one
            return;
        }
        highestSequenceOfRow.put(key, sequence);
        Write write = new Write(List.of(currentEvent), collection, row, guard, update);
        Integer last = lastWriteOfRow.get(key);
        if (last != null
                && writes.get(last).onlySets()
                && write.onlySets()
                && !writes.get(last).nests(write)) {
            writes.set(last, writes.get(last).then(write));
        } else {
            lastWriteOfRow.put(key, writes.size());
            writes.add(write);
        }
    }

    boolean wrote(int event) {
        return eventsWithWrites.contains(event);
    }

    /** Writes everything collected; returns the events of which at least one write changed a row. */
    Set<Integer> flush(MongoTemplate mongo) {
        Set<Integer> changed = new HashSet<>();
        for (Map<String, List<Write>> layer : layers()) {
            layer.forEach((collection, inLayer) -> changed.addAll(write(mongo, collection, inLayer)));
        }
        return changed;
    }

    private List<Map<String, List<Write>>> layers() {
        List<Map<String, List<Write>>> layers = new ArrayList<>();
        Map<String, Integer> writesPerRow = new HashMap<>();
        for (Write write : writes) {
            int depth = writesPerRow.merge(write.collection() + '\u0000' + write.row(), 1, Integer::sum) - 1;
            if (layers.size() <= depth) {
                layers.add(new LinkedHashMap<>());
            }
            layers.get(depth)
                    .computeIfAbsent(write.collection(), c -> new ArrayList<>())
                    .add(write);
        }
        return layers;
    }

    private static Set<Integer> write(MongoTemplate mongo, String collection, List<Write> inLayer) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        inLayer.forEach(w -> bulk.upsert(w.guard(), w.update()));
        Set<Integer> refused = new HashSet<>();
        try {
            bulk.execute();
        } catch (BulkOperationException e) {
            for (BulkWriteError error : e.getErrors()) {
                // A failed sequence guard on an existing row surfaces as a duplicate _id: already applied.
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                refused.add(error.getIndex());
            }
        }
        Set<Integer> changed = new HashSet<>();
        for (int i = 0; i < inLayer.size(); i++) {
            if (!refused.contains(i)) {
                changed.addAll(inLayer.get(i).events());
            }
        }
        return changed;
    }
}
