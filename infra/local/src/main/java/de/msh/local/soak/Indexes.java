package de.msh.local.soak;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Whether the unique index of the soak's items still agrees with the collection after a reopen. */
final class Indexes {

    private static final int PROBES = 500;

    private Indexes() {}

    static List<String> faults(MongoDatabase database) {
        List<String> faults = new ArrayList<>();
        var items = database.getCollection(Writer.ITEMS);
        boolean declared = items.listIndexes().into(new ArrayList<>()).stream()
                .anyMatch(index ->
                        index.get("key", Document.class).containsKey("code") && index.getBoolean("unique", false));
        if (!declared) {
            faults.add("the unique index on items.code is gone");
        }
        items.aggregate(List.of(
                        Aggregates.group("$code", Accumulators.sum("n", 1)), Aggregates.match(Filters.gt("n", 1))))
                .forEach(group -> faults.add("code " + group.get("_id") + " is held by " + group.get("n") + " items"));
        // stored codes must still be refused a second time, so the index holds them; every n-th keeps this quick
        // ($sample is no help: the stand-in sorts with a random comparator, which Java's sort refuses)
        long step = Math.max(1, items.countDocuments() / PROBES);
        List<Document> sample = new ArrayList<>();
        long seen = 0;
        for (Document item : items.find()) {
            if (seen++ % step == 0) {
                sample.add(item);
            }
        }
        for (Document item : sample) {
            try {
                items.insertOne(new Document("_id", item.get("_id") + "-probe").append("code", item.get("code")));
                faults.add("the index let a second " + item.get("code") + " in");
                items.deleteOne(Filters.eq("_id", item.get("_id") + "-probe"));
            } catch (MongoWriteException refused) {
                // as it must be
            }
        }
        return faults;
    }
}
