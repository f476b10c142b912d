package de.msh.platform.inbox;

import com.mongodb.bulk.BulkWriteError;
import java.util.ArrayList;
import java.util.BitSet;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The sequence-guarded writes of one consumed batch, collected while its events are handled and then written
 * together. Writes to one row keep their order: the n-th write to a row goes into the n-th layer, and the layers are
 * written one after the other, each as one unordered bulk per collection. So a batch with one event per aggregate is
 * one bulk write, and sequence 3 of an aggregate can never overtake its sequence 2.
 *
 * <p>Consecutive writes to one row that only {@code $set}, {@code $unset} and {@code $inc} fields are folded into one
 * write first, so a replay or a burst of one aggregate's events costs one write, not one layer each:
 *
 * <ul>
 *   <li>Sets and unsets only: the later one of a field wins, guarded by the last sequence. The result is the same as
 *       applying them one by one, also when the row had already applied some of them; a folded write the guard
 *       refuses counts all its events as redelivered.
 *   <li>With increments: they add up, guarded by the <em>first</em> sequence, since a row that had applied some of
 *       them must not get them twice. If the guard refuses, the writes it was folded from are written again one by
 *       one, each under its own guard.
 *   <li>A field set (or unset) and incremented, or a field and a field inside it ({@code a}, then {@code a.b}), are
 *       not folded: one update cannot hold both.
 * </ul>
 *
 * A write whose sequence is not above one written to its row earlier in the batch (the same event redelivered within
 * the batch, as a replay from offset zero meets it) is left out: one by one, the guard would refuse it.
 */
final class PendingWrites {

    private static final int DUPLICATE_KEY = 11000;
    private static final Set<String> FOLDABLE = Set.of("$set", "$unset", "$inc");
    private static final Document EMPTY = new Document();

    /**
     * Kept as plain documents, not as Spring's {@code Query} and {@code Update}, which are built only as it is written:
     * a replay batch holds thousands of these, and their size decides whether they die young or fill the old
     * generation of a small heap.
     *
     * @param guard the sequence of the guard it is written under: the last sequence's, or the first's once it
     *     increments
     * @param update the update document, its {@code $set} holding the sequence applied
     * @param folded the single writes it was folded from, in order; none when it is one
     */
    private record Write(
            List<Integer> events, String collection, String row, long guard, Document update, List<Write> folded) {

        static Write single(int event, String collection, String row, long sequence, Document update) {
            return new Write(List.of(event), collection, row, sequence, update, List.of());
        }

        Query guardQuery() {
            return Query.query(
                    Criteria.where("_id").is(row).and(InOrderWriter.SEQUENCE).lt(guard));
        }

        /** The single writes it stands for, in order. */
        List<Write> parts() {
            return folded.isEmpty() ? List.of(this) : folded;
        }

        boolean foldable() {
            return FOLDABLE.containsAll(update.keySet());
        }

        boolean increments() {
            return update.containsKey("$inc");
        }

        Document operator(String name) {
            Document fields = update.get(name, Document.class);
            return fields == null ? EMPTY : fields;
        }

        /**
         * Whether one update may not hold both: a field assigned by one and incremented by the other, or a field
         * inside a field the other touches ({@code a} and {@code a.b}).
         */
        boolean clashes(Write later) {
            Set<String> sets = operator("$set").keySet();
            Set<String> unsets = operator("$unset").keySet();
            Set<String> incs = operator("$inc").keySet();
            for (String path : later.operator("$set").keySet()) {
                if (incs.contains(path) || nested(path, sets, unsets, incs)) {
                    return true;
                }
            }
            for (String path : later.operator("$unset").keySet()) {
                if (incs.contains(path) || nested(path, sets, unsets, incs)) {
                    return true;
                }
            }
            for (String path : later.operator("$inc").keySet()) {
                if (sets.contains(path) || unsets.contains(path) || nested(path, sets, unsets, incs)) {
                    return true;
                }
            }
            return false;
        }

        @SafeVarargs
        private static boolean nested(String path, Set<String>... groups) {
            for (Set<String> paths : groups) {
                for (String own : paths) {
                    if (inside(path, own) || inside(own, path)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether {@code path} names a field inside {@code outer} ({@code a.b} in {@code a}); allocates nothing. */
        private static boolean inside(String path, String outer) {
            return path.length() > outer.length() && path.charAt(outer.length()) == '.' && path.startsWith(outer);
        }

        /** This write and a later one to the same row, as one write. */
        Write then(Write later) {
            Document sets = new Document(operator("$set"));
            Document unsets = new Document(operator("$unset"));
            later.operator("$set").forEach((path, value) -> {
                unsets.remove(path);
                sets.put(path, value);
            });
            later.operator("$unset").forEach((path, value) -> {
                sets.remove(path);
                unsets.put(path, value);
            });
            Document incs = new Document(operator("$inc"));
            later.operator("$inc").forEach((path, amount) -> incs.merge(path, amount, Increments::sum));
            Document folded = new Document();
            if (!sets.isEmpty()) {
                folded.append("$set", sets);
            }
            if (!unsets.isEmpty()) {
                folded.append("$unset", unsets);
            }
            if (!incs.isEmpty()) {
                folded.append("$inc", incs);
            }
            List<Integer> both = new ArrayList<>(events);
            both.addAll(later.events());
            List<Write> allParts = new ArrayList<>(parts());
            allParts.addAll(later.parts());
            // with increments, only a row that applied none of them may take them all
            long foldedGuard = incs.isEmpty() ? later.guard() : parts().get(0).guard();
            return new Write(both, collection, row, foldedGuard, folded, allParts);
        }
    }

    private final List<Write> writes = new ArrayList<>();
    /** Per row (collection, NUL, id): where its last write is and the highest sequence written to it. */
    private final Map<String, Row> rows = new HashMap<>();

    private final BitSet eventsWithWrites = new BitSet();
    private int currentEvent;

    private static final class Row {
        int lastWrite;
        long highestSequence;

        Row(int lastWrite, long highestSequence) {
            this.lastWrite = lastWrite;
            this.highestSequence = highestSequence;
        }
    }

    void forEvent(int index) {
        currentEvent = index;
    }

    /** Collects a write to the row guarded by the sequence; the update's {@code $set} holds the sequence applied. */
    void add(String collection, String row, long sequence, Document update) {
        eventsWithWrites.set(currentEvent);
        Write write = Write.single(currentEvent, collection, row, sequence, update);
        Row known = rows.get(collection + '\u0000' + row);
        if (known == null) {
            rows.put(collection + '\u0000' + row, new Row(writes.size(), sequence));
            writes.add(write);
            return;
        }
        if (sequence <= known.highestSequence) {
            // a redelivery within the batch: applied one by one, the guard would refuse it after the higher one
            return;
        }
        known.highestSequence = sequence;
        Write last = writes.get(known.lastWrite);
        if (last.foldable() && write.foldable() && !last.clashes(write)) {
            writes.set(known.lastWrite, last.then(write));
        } else {
            known.lastWrite = writes.size();
            writes.add(write);
        }
    }

    boolean wrote(int event) {
        return eventsWithWrites.get(event);
    }

    /** Writes everything collected; returns the events of which at least one write changed a row. */
    Set<Integer> flush(MongoTemplate mongo) {
        Set<Integer> changed = new HashSet<>();
        for (Map<String, List<Write>> layer : layers(writes)) {
            List<Write> unfolded = new ArrayList<>();
            layer.forEach((collection, inLayer) -> changed.addAll(write(mongo, collection, inLayer, unfolded)));
            // folded increments the row was partly past: each again under its own guard, in order, before the
            // row's next write
            for (Map<String, List<Write>> again : layers(unfolded)) {
                // single writes, none folded: nothing can come back from them
                again.forEach((collection, inLayer) -> changed.addAll(write(mongo, collection, inLayer, List.of())));
            }
        }
        return changed;
    }

    private static List<Map<String, List<Write>>> layers(List<Write> writes) {
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

    /** Writes one layer of one collection; a refused fold with increments goes to {@code unfolded} as its parts. */
    private static Set<Integer> write(
            MongoTemplate mongo, String collection, List<Write> inLayer, List<Write> unfolded) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        inLayer.forEach(w -> bulk.upsert(w.guardQuery(), Update.fromDocument(w.update())));
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
            Write write = inLayer.get(i);
            if (!refused.contains(i)) {
                changed.addAll(write.events());
            } else if (write.increments() && !write.folded().isEmpty()) {
                unfolded.addAll(write.folded());
            }
        }
        return changed;
    }
}
