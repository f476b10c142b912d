package de.msh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.msh.store.sqlite.SqliteBackend;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Queries that name their _id among other conditions answer exactly as before, on both backends. */
class IdLookupTests {

    static Stream<Supplier<MongoBackend>> backends() {
        return Stream.of(
                IndexedMemoryBackend::new,
                () -> new IndexedH2Backend(new MVStore.Builder().open()),
                () -> SqliteBackend.open(TemporaryStoreFile.create()));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aSequenceGuardedUpsertAppliesNewerSequencesOnlyAndReportsTheRestAsDuplicates(Supplier<MongoBackend> backend) {
        withCollection(backend, rows -> {
            assertThat(guarded(rows, "p-1", 2, "zwei").getUpsertedId()).isNotNull();
            assertThatThrownBy(() -> guarded(rows, "p-1", 2, "zwei nochmal"))
                    .isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("E11000");
            assertThatThrownBy(() -> guarded(rows, "p-1", 1, "eins")).isInstanceOf(MongoWriteException.class);
            assertThat(guarded(rows, "p-1", 3, "drei").getModifiedCount()).isEqualTo(1);
            assertThat(rows.find(Filters.eq("_id", "p-1")).first().getString("v"))
                    .isEqualTo("drei");
        });
    }

    @ParameterizedTest
    @MethodSource("backends")
    void findsByIdListAndFurtherConditionsExactly(Supplier<MongoBackend> backend) {
        withCollection(backend, rows -> {
            rows.insertMany(List.of(
                    new Document("_id", "a").append("outbox", List.of(1)),
                    new Document("_id", "b").append("outbox", List.of()),
                    new Document("_id", "c").append("outbox", List.of(2)),
                    new Document("_id", "d").append("outbox", List.of(3))));

            assertThat(ids(rows, Filters.and(Filters.in("_id", "a", "b", "c", "x"), Filters.exists("outbox.0"))))
                    .containsExactlyInAnyOrder("a", "c");
            assertThat(ids(rows, Filters.and(Filters.eq("_id", "b"), Filters.exists("outbox.0"))))
                    .isEmpty();
            assertThat(ids(
                            rows,
                            Filters.and(Filters.regex("_id", Pattern.compile("^[cd]$")), Filters.exists("outbox.0"))))
                    .containsExactlyInAnyOrder("c", "d");
            assertThat(ids(rows, Filters.and(Filters.gt("_id", "b"), Filters.exists("outbox.0"))))
                    .containsExactlyInAnyOrder("c", "d");
        });
    }

    @ParameterizedTest
    @MethodSource("backends")
    void removesDocumentsFoundByIdAndFurtherConditionsAlsoWithDocumentIds(Supplier<MongoBackend> backend) {
        withCollection(backend, rows -> {
            Document first = new Document("collection", "projects").append("id", "p-1");
            Document second = new Document("collection", "projects").append("id", "p-2");
            rows.insertMany(List.of(
                    new Document("_id", first).append("token", "t1"),
                    new Document("_id", second).append("token", "t2")));

            long removed = rows.deleteMany(Filters.and(Filters.in("_id", first, second), Filters.eq("token", "t1")))
                    .getDeletedCount();

            assertThat(removed).isEqualTo(1);
            assertThat(rows.find(Filters.eq("_id", second)).first()).isNotNull();
            rows.insertOne(new Document("_id", first).append("token", "t3"));
            assertThat(rows.countDocuments()).isEqualTo(2);
        });
    }

    private static com.mongodb.client.result.UpdateResult guarded(
            MongoCollection<Document> rows, String id, long sequence, String value) {
        Bson guard = Filters.and(Filters.eq("_id", id), Filters.lt("appliedSequence", sequence));
        return rows.updateOne(
                guard,
                Updates.combine(Updates.set("v", value), Updates.set("appliedSequence", sequence)),
                new UpdateOptions().upsert(true));
    }

    private static List<String> ids(MongoCollection<Document> rows, Bson filter) {
        return rows.find(filter).map(d -> d.getString("_id")).into(new java.util.ArrayList<>());
    }

    private static void withCollection(
            Supplier<MongoBackend> backend, java.util.function.Consumer<MongoCollection<Document>> test) {
        MongoServer server = new MongoServer(backend.get());
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            test.accept(client.getDatabase("store").getCollection("rows"));
        } finally {
            server.shutdownNow();
        }
    }
}
