package de.msh.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the SQLite backend keeps across a reopen: documents as they were, positions, and indexes rebuilt. */
class SqliteBackendTests {

    @TempDir
    Path folder;

    @Test
    void keepsDocumentsAndTheirTypesAcrossAReopen() {
        Path file = folder.resolve("store.sqlite");
        Date at = new Date(1_700_000_000_000L);
        withStore(
                file,
                db -> db.getCollection("grants")
                        .insertOne(new Document("_id", "g-1")
                                .append("amount", new Decimal128(new BigDecimal("5000.00")))
                                .append("at", at)
                                .append("calls", List.of(new Document("n", 1L), new Document("n", 2)))));

        withStore(file, db -> {
            Document grant = db.getCollection("grants").find().first();
            assertThat(grant).isNotNull();
            assertThat(grant.get("amount")).isEqualTo(new Decimal128(new BigDecimal("5000.00")));
            assertThat(grant.getDate("at")).isEqualTo(at);
            assertThat(grant.getList("calls", Document.class))
                    .containsExactly(new Document("n", 1L), new Document("n", 2));
        });
    }

    @Test
    void aWriteAnsweredIsInTheFileEvenIfTheStoreIsNeverClosed() {
        Path file = folder.resolve("store.sqlite");
        MongoServer abandoned = new MongoServer(SqliteBackend.open(file));
        var address = abandoned.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> rows = client.getDatabase("projects").getCollection("rows");
            rows.insertOne(new Document("_id", "p-1").append("v", 1));
            rows.updateOne(Filters.eq("_id", "p-1"), Updates.set("v", 2));
            rows.insertOne(new Document("_id", "p-2"));
            rows.deleteOne(Filters.eq("_id", "p-2"));
        }
        // no shutdown, no close: as after a kill, only what was committed counts

        withStore(file, db -> {
            MongoCollection<Document> rows = db.getCollection("rows");
            assertThat(rows.countDocuments()).isEqualTo(1);
            assertThat(rows.find(Filters.eq("_id", "p-1")).first().getInteger("v"))
                    .isEqualTo(2);
        });
        abandoned.shutdownNow();
    }

    @Test
    void rebuildsUniqueIndexesFromTheDocumentsAndReusesFreedPositions() {
        Path file = folder.resolve("store.sqlite");
        withStore(file, db -> {
            MongoCollection<Document> rows = db.getCollection("statements");
            rows.createIndex(Indexes.ascending("bookingId"), new IndexOptions().unique(true));
            for (int i = 0; i < 10; i++) {
                rows.insertOne(new Document("_id", "s-" + i).append("bookingId", "b-" + i));
            }
            rows.deleteMany(Filters.in("_id", "s-2", "s-5"));
        });

        withStore(file, db -> {
            MongoCollection<Document> rows = db.getCollection("statements");
            assertThat(rows.countDocuments()).isEqualTo(8);
            assertThatThrownBy(() -> rows.insertOne(new Document("_id", "s-x").append("bookingId", "b-3")))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("E11000");
            rows.insertOne(new Document("_id", "s-2").append("bookingId", "b-2"));
            rows.insertOne(new Document("_id", "s-10").append("bookingId", "b-10"));
            rows.insertOne(new Document("_id", "s-11").append("bookingId", "b-11"));
        });

        withStore(
                file,
                db -> assertThat(db.getCollection("statements")
                                .find()
                                .map(d -> d.getString("_id"))
                                .into(new ArrayList<>()))
                        .containsExactlyInAnyOrder(
                                "s-0", "s-1", "s-2", "s-3", "s-4", "s-6", "s-7", "s-8", "s-9", "s-10", "s-11"));
    }

    @Test
    void commandsChangingOneDocumentAtOnceLeaveItInTheFileAsTheLastLeftIt() throws Exception {
        Path file = folder.resolve("store.sqlite");
        int threads = 8;
        int increments = 150;
        withStore(file, db -> {
            MongoCollection<Document> rows = db.getCollection("counters");
            rows.insertOne(new Document("_id", "c").append("n", 0));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < increments; i++) {
                            rows.updateOne(Filters.eq("_id", "c"), Updates.inc("n", 1));
                            rows.insertOne(new Document("_id", thread + "-" + i));
                        }
                    }));
                }
                for (Future<?> future : done) {
                    future.get();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdown();
            }
        });

        withStore(file, db -> {
            MongoCollection<Document> rows = db.getCollection("counters");
            assertThat(rows.find(Filters.eq("_id", "c")).first().getInteger("n"))
                    .isEqualTo(threads * increments);
            assertThat(rows.countDocuments()).isEqualTo(1L + threads * increments);
        });
    }

    @Test
    void aDroppedCollectionStaysGoneAndANewOneOfTheSameNameStartsEmpty() {
        Path file = folder.resolve("store.sqlite");
        withStore(file, db -> {
            db.getCollection("leases").insertOne(new Document("_id", "old"));
            db.getCollection("leases").drop();
            db.getCollection("leases").insertOne(new Document("_id", "new"));
            db.getCollection("kept").insertOne(new Document("_id", "k"));
        });

        withStore(file, db -> {
            assertThat(db.getCollection("leases")
                            .find()
                            .map(d -> d.getString("_id"))
                            .into(new ArrayList<>()))
                    .containsExactly("new");
            assertThat(db.getCollection("kept").countDocuments()).isEqualTo(1);
        });
    }

    @Test
    void handsSpaceFreedByDeletionsBackToTheFileSystem() throws Exception {
        Path file = folder.resolve("store.sqlite");
        SqliteBackend backend = SqliteBackend.open(file);
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> leases = client.getDatabase("projects").getCollection("leases");
            String filler = "x".repeat(4_000);
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                documents.add(new Document("_id", "l-" + i).append("filler", filler));
            }
            leases.insertMany(documents);
            backend.file().checkpoint();
            long full = java.nio.file.Files.size(file);
            leases.deleteMany(new Document());
            backend.file().checkpoint();
            backend.file().reclaim();

            assertThat(java.nio.file.Files.size(file)).isLessThan(full / 4);
        } finally {
            server.shutdownNow();
        }
    }

    private static void withStore(Path file, Consumer<MongoDatabase> work) {
        MongoServer server = new MongoServer(SqliteBackend.open(file));
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            work.accept(client.getDatabase("projects"));
        } finally {
            server.shutdownNow();
        }
    }
}
