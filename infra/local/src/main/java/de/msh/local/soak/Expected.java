package de.msh.local.soak;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * What the store answered as written, and so must hold after any stop: documents present, documents refused
 * (absent), the highest guarded sequence per row, and the items pushed into or pulled from each bag. An operation
 * that got no answer is not recorded; an unanswered pull makes its item's state unknown.
 */
final class Expected {

    private final Map<String, Set<String>> present = new HashMap<>();
    private final Map<String, Set<String>> absent = new HashMap<>();
    // per row: the highest acknowledged sequence and how many guarded writes were acknowledged
    private final Map<String, long[]> sequences = new HashMap<>();
    // per bag and item: whether it must be in the bag, and how many acknowledged writes (push, pull) say so
    private final Map<String, Map<Integer, Item>> bags = new HashMap<>();
    private long acknowledged;

    synchronized void inserted(String collection, String id) {
        present.computeIfAbsent(collection, c -> new HashSet<>()).add(id);
        acknowledged++;
    }

    synchronized void refused(String collection, String id) {
        absent.computeIfAbsent(collection, c -> new HashSet<>()).add(id);
        acknowledged++;
    }

    synchronized void guarded(String row, long sequence) {
        long[] seen = sequences.computeIfAbsent(row, r -> new long[2]);
        seen[0] = Math.max(seen[0], sequence);
        seen[1]++;
        acknowledged++;
    }

    private record Item(boolean in, int writes) {}

    synchronized void pushed(String bag, int item) {
        bags.computeIfAbsent(bag, b -> new HashMap<>()).put(item, new Item(true, 1));
        acknowledged++;
    }

    synchronized void pulled(String bag, int item) {
        Item before = bags.computeIfAbsent(bag, b -> new HashMap<>()).get(item);
        bags.get(bag).put(item, new Item(false, (before == null ? 0 : before.writes()) + 1));
        acknowledged++;
    }

    /**
     * A pull is on its way and may land or not: the item's state is open from now on, so the writes that set it no
     * longer count as acknowledged and checkable.
     */
    synchronized void unknown(String bag, int item) {
        Item before = bags.computeIfAbsent(bag, b -> new HashMap<>()).remove(item);
        if (before != null) {
            acknowledged -= before.writes();
        }
    }

    synchronized List<Integer> itemsIn(String bag) {
        return bags.getOrDefault(bag, Map.of()).entrySet().stream()
                .filter(e -> e.getValue().in())
                .map(Map.Entry::getKey)
                .toList();
    }

    synchronized long acknowledged() {
        return acknowledged;
    }

    /** How many acknowledged writes were found as written, and a line for each that was not. */
    record Check(long found, List<String> missing) {}

    synchronized Check check(MongoDatabase database) {
        long found = 0;
        List<String> missing = new ArrayList<>();
        for (var entry : present.entrySet()) {
            Set<String> stored = ids(database, entry.getKey());
            for (String id : entry.getValue()) {
                if (stored.contains(id)) {
                    found++;
                } else {
                    missing.add("acknowledged insert missing: " + entry.getKey() + " " + id);
                }
            }
        }
        for (var entry : absent.entrySet()) {
            Set<String> stored = ids(database, entry.getKey());
            for (String id : entry.getValue()) {
                if (stored.contains(id)) {
                    missing.add("refused insert present: " + entry.getKey() + " " + id);
                } else {
                    found++;
                }
            }
        }
        Map<String, Long> stored = new HashMap<>();
        database.getCollection(Writer.ROWS).find().forEach(row -> stored.put(row.getString("_id"), row.getLong("seq")));
        // a row's acknowledged guarded writes are found when it holds the highest of them or a later one
        found += countGuarded(stored, missing);
        for (var bag : bags.entrySet()) {
            Document document = database.getCollection(Writer.BAGS)
                    .find(Filters.eq("_id", bag.getKey()))
                    .first();
            List<Integer> items = document == null ? List.of() : document.getList("items", Integer.class);
            for (var item : bag.getValue().entrySet()) {
                if (items.contains(item.getKey()) == item.getValue().in()) {
                    found += item.getValue().writes();
                } else {
                    missing.add((item.getValue().in() ? "acknowledged push missing: " : "acknowledged pull undone: ")
                            + bag.getKey() + " " + item.getKey());
                }
            }
        }
        return new Check(found, missing);
    }

    private long countGuarded(Map<String, Long> stored, List<String> missing) {
        long found = 0;
        for (var entry : sequences.entrySet()) {
            Long sequence = stored.get(entry.getKey());
            long[] seen = entry.getValue();
            if (sequence != null && sequence >= seen[0]) {
                found += seen[1];
            } else {
                missing.add("acknowledged guarded write lost: " + entry.getKey() + " holds " + sequence
                        + ", the store answered " + seen[0]);
            }
        }
        return found;
    }

    private static Set<String> ids(MongoDatabase database, String collection) {
        Set<String> ids = new HashSet<>();
        database.getCollection(collection)
                .find()
                .projection(new Document("_id", 1))
                .forEach(d -> ids.add(String.valueOf(d.get("_id"))));
        return ids;
    }
}
