package de.msh.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.msh.store.sqlite.SqliteBackend;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Secondary indexes change how much is looked at, never what a query answers: the same random queries on the same
 * random documents, once in a collection with indexes and once in one without, give the same answer.
 */
class SortedIndexTests {

    private static final int DOCUMENTS = 400;
    private static final int QUERIES = 400;

    static Stream<Supplier<MongoBackend>> backends() {
        return Stream.of(IndexedMemoryBackend::new, () -> SqliteBackend.open(TemporaryStoreFile.create()));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void indexedAndUnindexedCollectionsAnswerEveryQueryAlike(Supplier<MongoBackend> backend) {
        MongoServer server = new MongoServer(backend.get());
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoDatabase database = client.getDatabase("store");
            MongoCollection<Document> indexed = database.getCollection("indexed");
            MongoCollection<Document> plain = database.getCollection("plain");
            indexed.createIndex(Indexes.ascending("field"));
            indexed.createIndex(Indexes.compoundIndex(Indexes.descending("amount"), Indexes.ascending("field")));
            indexed.createIndex(Indexes.ascending("tags"));
            indexed.createIndex(Indexes.ascending("rank"));
            indexed.createIndex(Indexes.ascending("outbox.0.occurredAt"));
            Random random = new Random(2038);
            for (int i = 0; i < DOCUMENTS; i++) {
                Document document = randomDocument(random, i);
                indexed.insertOne(document);
                plain.insertOne(document);
            }
            // changes and removals must leave the indexes right too
            for (int i = 0; i < DOCUMENTS / 4; i++) {
                String id = "d-" + random.nextInt(DOCUMENTS);
                Bson change =
                        random.nextBoolean() ? Updates.set("field", value(random)) : Updates.set("outbox", List.of());
                indexed.updateOne(Filters.eq("_id", id), change);
                plain.updateOne(Filters.eq("_id", id), change);
            }
            indexed.deleteMany(Filters.in("_id", "d-1", "d-2", "d-3"));
            plain.deleteMany(Filters.in("_id", "d-1", "d-2", "d-3"));

            for (int q = 0; q < QUERIES; q++) {
                Bson filter = randomFilter(random);
                Bson sort = random.nextInt(3) == 0 ? null : randomSort(random);
                int limit = random.nextInt(3) == 0 ? 5 + random.nextInt(20) : 0;
                List<String> fromIndexed = ids(indexed.find(filter), sort, limit);
                List<String> fromPlain = ids(plain.find(filter), sort, limit);
                String what = "filter " + filter + ", sort " + sort + ", limit " + limit;
                assertThat(count(database, "indexed", filter))
                        .as("count, " + what)
                        .isEqualTo(count(database, "plain", filter));
                if (sort != null && isUniqueSort(sort)) {
                    assertThat(fromIndexed).as(what).containsExactlyElementsOf(fromPlain);
                } else if (limit == 0) {
                    assertThat(fromIndexed).as(what).containsExactlyInAnyOrderElementsOf(fromPlain);
                } else {
                    assertThat(fromIndexed).as(what).hasSameSizeAs(fromPlain);
                }
            }
        } finally {
            server.shutdownNow();
        }
    }

    @org.junit.jupiter.api.Test
    void handsOverOnlyTheCandidatesOfItsFirstKeyAndWalksInKeyOrder() {
        SortedIndex<Integer> index = new SortedIndex<>(
                "by_amount",
                List.of(
                        new de.bwaldvogel.mongo.backend.IndexKey("amount", false),
                        new de.bwaldvogel.mongo.backend.IndexKey("field", true)),
                false);
        for (int i = 0; i < 10; i++) {
            index.add(
                    new de.bwaldvogel.mongo.bson.Document("_id", "d-" + i)
                            .append("amount", i % 5)
                            .append("field", "f" + i),
                    i,
                    null);
        }

        var three = new de.bwaldvogel.mongo.bson.Document("amount", 3);
        var atLeastThree =
                new de.bwaldvogel.mongo.bson.Document("amount", new de.bwaldvogel.mongo.bson.Document("$gte", 3));
        assertThat(index.canHandle(three)).isTrue();
        assertThat(index.getPositions(three)).containsExactly(3, 8);
        assertThat(index.getPositions(atLeastThree)).containsExactlyInAnyOrder(3, 4, 8, 9);
        assertThat(index.canHandle(new de.bwaldvogel.mongo.bson.Document("field", "f1")))
                .isFalse();
        assertThat(index.serves(new de.bwaldvogel.mongo.bson.Document("amount", -1)))
                .contains(false);
        assertThat(index.serves(new de.bwaldvogel.mongo.bson.Document("amount", 1).append("field", -1)))
                .contains(true);
        assertThat(index.inOrder(false).toList()).containsExactly(4, 9, 3, 8, 2, 7, 1, 6, 0, 5);

        // the collection hands over the whole stored document: its keys are computed from it again
        index.remove(new de.bwaldvogel.mongo.bson.Document("_id", "d-8")
                .append("amount", 3)
                .append("field", "f8"));
        assertThat(index.getPositions(three)).containsExactly(3);
    }

    private static long count(MongoDatabase database, String collection, Bson filter) {
        Document answer =
                database.runCommand(new Document("count", collection).append("query", filter.toBsonDocument()));
        return ((Number) answer.get("n")).longValue();
    }

    private static Document randomDocument(Random random, int i) {
        Document document = new Document("_id", "d-" + i).append("rank", (i * 7919) % DOCUMENTS);
        if (random.nextInt(5) > 0) {
            document.append("field", value(random));
        }
        document.append("amount", random.nextInt(4) == 0 ? null : random.nextInt(50));
        document.append("tags", List.of("t" + random.nextInt(5), "t" + random.nextInt(5)));
        List<Document> outbox = new ArrayList<>();
        for (int e = random.nextInt(3); e > 0; e--) {
            outbox.add(new Document("occurredAt", new Date(1_700_000_000_000L + random.nextInt(1_000_000))));
        }
        return document.append("outbox", outbox);
    }

    private static Object value(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(20);
            case 1 -> random.nextInt(20) + 0.5;
            case 2 -> "Feld " + random.nextInt(10);
            default -> (long) random.nextInt(20);
        };
    }

    private static Bson randomFilter(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> Filters.eq("field", value(random));
            case 1 -> Filters.in("field", value(random), value(random), value(random));
            case 2 -> Filters.gt("amount", random.nextInt(50));
            case 3 ->
                Filters.and(Filters.gte("amount", random.nextInt(25)), Filters.lt("amount", 25 + random.nextInt(25)));
            case 4 ->
                switch (random.nextInt(3)) {
                    case 0 -> Filters.eq("tags", "t" + random.nextInt(5));
                    case 1 -> Filters.in("tags", "t" + random.nextInt(5), "t" + random.nextInt(5));
                    default -> Filters.all("tags", "t" + random.nextInt(5), "t" + random.nextInt(6));
                };
            case 5 -> Filters.exists("outbox.0");
            case 6 -> Filters.and(Filters.eq("amount", random.nextInt(50)), Filters.eq("field", value(random)));
            case 7 -> Filters.lte("rank", random.nextInt(DOCUMENTS));
            default -> new Document();
        };
    }

    private static Bson randomSort(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Sorts.ascending("rank");
            case 1 -> Sorts.descending("rank");
            case 2 -> Sorts.ascending("outbox.0.occurredAt");
            case 3 -> Sorts.orderBy(Sorts.descending("amount"), Sorts.ascending("field"));
            default -> Sorts.ascending("field");
        };
    }

    private static boolean isUniqueSort(Bson sort) {
        return sort.toBsonDocument().containsKey("rank");
    }

    private static List<String> ids(FindIterable<Document> found, Bson sort, int limit) {
        if (sort != null) {
            found = found.sort(sort);
        }
        if (limit > 0) {
            found = found.limit(limit);
        }
        return found.map(d -> d.getString("_id")).into(new ArrayList<>());
    }
}
