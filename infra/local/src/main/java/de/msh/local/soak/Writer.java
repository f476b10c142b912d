package de.msh.local.soak;

import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;

/**
 * Writes one after another in the services' patterns until the store goes away: inserts under a unique key,
 * sequence-guarded conditional upserts, {@code findAndModify} with {@code $push} and {@code $pull}, unordered bulk
 * inserts, and inserts the unique key must refuse. Each answered write is recorded in {@link Expected}; the first
 * failure ends the writer, since the store is gone.
 */
final class Writer implements Runnable {

    static final String ITEMS = "items";
    static final String ROWS = "rows";
    static final String BAGS = "bags";
    static final String BULK = "bulk";
    private static final int ROW_COUNT = 50;
    private static final int BAG_COUNT = 10;
    private static final int DUPLICATE_KEY = 11000;
    // every item pushed is a new number, so a pull (which removes every equal value) means exactly one push
    private static final AtomicInteger PUSHED = new AtomicInteger();

    private final MongoDatabase database;
    private final Expected expected;
    private final Random random;
    private volatile boolean halted;

    Writer(MongoDatabase database, Expected expected, long seed) {
        this.database = database;
        this.expected = expected;
        this.random = new Random(seed);
    }

    void halt() {
        halted = true;
    }

    @Override
    public void run() {
        String run = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
        int n = 0;
        try {
            items().createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            while (!halted) {
                n++;
                String id = run + "-" + n;
                switch (random.nextInt(6)) {
                    case 0 -> insert(id);
                    case 1 -> guarded();
                    case 2 -> push(PUSHED.incrementAndGet());
                    case 3 -> pull();
                    case 4 -> bulk(id);
                    default -> duplicate(id);
                }
            }
        } catch (MongoException | IllegalStateException gone) {
            // the store stopped or was killed: the write in flight may or may not have landed
        }
    }

    private void insert(String id) {
        items().insertOne(new Document("_id", id).append("code", "code-" + id));
        expected.inserted(ITEMS, id);
    }

    private void guarded() {
        String row = "row-" + random.nextInt(ROW_COUNT);
        // the wall clock in nanoseconds only grows, also across the store's restarts within one soak
        long sequence = System.nanoTime();
        database.getCollection(ROWS)
                .updateOne(
                        Filters.and(Filters.eq("_id", row), Filters.lt("seq", sequence)),
                        Updates.set("seq", sequence),
                        new UpdateOptions().upsert(true));
        expected.guarded(row, sequence);
    }

    private void push(int item) {
        String bag = "bag-" + random.nextInt(BAG_COUNT);
        database.getCollection(BAGS)
                .findOneAndUpdate(
                        Filters.eq("_id", bag),
                        Updates.push("items", item),
                        new FindOneAndUpdateOptions().upsert(true));
        expected.pushed(bag, item);
    }

    private void pull() {
        String bag = "bag-" + random.nextInt(BAG_COUNT);
        List<Integer> items = expected.itemsIn(bag);
        if (items.isEmpty()) {
            return;
        }
        int item = items.get(random.nextInt(items.size()));
        expected.unknown(bag, item);
        database.getCollection(BAGS).findOneAndUpdate(Filters.eq("_id", bag), Updates.pull("items", item));
        expected.pulled(bag, item);
    }

    private void bulk(String id) {
        List<InsertOneModel<Document>> inserts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            inserts.add(new InsertOneModel<>(new Document("_id", id + "/" + i).append("i", i)));
        }
        database.getCollection(BULK).bulkWrite(inserts, new BulkWriteOptions().ordered(false));
        inserts.forEach(insert -> expected.inserted(BULK, insert.getDocument().getString("_id")));
    }

    private void duplicate(String id) {
        String taken = "code-" + id;
        items().insertOne(new Document("_id", id).append("code", taken));
        expected.inserted(ITEMS, id);
        try {
            items().insertOne(new Document("_id", id + "-again").append("code", taken));
            throw new IllegalStateException("The unique index on code let a second document with " + taken + " in");
        } catch (MongoWriteException e) {
            if (e.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            expected.refused(ITEMS, id + "-again");
        }
    }

    private MongoCollection<Document> items() {
        return database.getCollection(ITEMS);
    }
}
