package de.msh.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.platform.testapp.PlatformTestApplication;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/** A batch's writes on the real store: folded where that changes nothing, in order where it would. */
@SpringBootTest(classes = PlatformTestApplication.class)
class PendingWritesIntegrationTests {

    static final String ROWS = "pending_writes_test";

    @Autowired
    InOrderWriter writer;

    @Autowired
    MongoTemplate mongo;

    @Test
    void foldsARunOfSetsIntoOneWriteWithTheResultOfApplyingThemOneByOne() {
        String row = UUID.randomUUID().toString();
        writer.apply(ROWS, row, 3, new Update().set("title", "drei").set("phase", "IDEA"));

        var outcome = writer.inBatch(
                4,
                i -> writer.apply(
                        ROWS,
                        row,
                        i + 2,
                        i == 2 ? new Update().set("phase", "CONCEPT") : new Update().set("title", "v" + (i + 2))));

        Document stored = mongo.findById(row, Document.class, ROWS);
        assertThat(stored.get(InOrderWriter.SEQUENCE)).isEqualTo(5L);
        assertThat(stored.getString("title")).isEqualTo("v5");
        assertThat(stored.getString("phase")).isEqualTo("CONCEPT");
        assertThat(outcome.redelivered(3)).isFalse();
    }

    @Test
    void countsAFoldedRunTheRowIsAlreadyPastAsRedelivered() {
        String row = UUID.randomUUID().toString();
        writer.apply(ROWS, row, 10, new Update().set("title", "zehn"));

        var outcome = writer.inBatch(3, i -> writer.apply(ROWS, row, i + 4, new Update().set("title", "alt " + i)));

        assertThat(mongo.findById(row, Document.class, ROWS).getString("title")).isEqualTo("zehn");
        assertThat(List.of(outcome.redelivered(0), outcome.redelivered(1), outcome.redelivered(2)))
                .containsOnly(true);
    }

    @Test
    void keepsOtherOperatorsInTheirOrderAndAppliesEachOnce() {
        String row = UUID.randomUUID().toString();

        writer.inBatch(
                4,
                i -> writer.apply(
                        ROWS, row, i + 1, i % 2 == 0 ? new Update().set("last", i) : new Update().push("seen", i)));
        writer.inBatch(4, i -> writer.apply(ROWS, row, i + 1, new Update().push("seen", 99)));

        Document stored = mongo.findById(row, Document.class, ROWS);
        assertThat(stored.getList("seen", Integer.class)).containsExactly(1, 3);
        assertThat(stored.get("last")).isEqualTo(2);
    }

    @Test
    void keepsASetOfAFieldAndOfAFieldInsideItApartAndInOrder() {
        String row = UUID.randomUUID().toString();

        var outcome = writer.inBatch(
                3,
                i -> writer.apply(
                        ROWS,
                        row,
                        i + 1,
                        switch (i) {
                            case 0 -> new Update().set("bookings.B-1", new Document("amount", 5).append("open", true));
                            case 1 -> new Update().set("bookings.B-1.open", false);
                            default -> new Update().set("title", "drei");
                        }));

        Document stored = mongo.findById(row, Document.class, ROWS);
        assertThat(stored.get("bookings", Document.class).get("B-1", Document.class))
                .isEqualTo(new Document("amount", 5).append("open", false));
        assertThat(stored.getString("title")).isEqualTo("drei");
        assertThat(stored.get(InOrderWriter.SEQUENCE)).isEqualTo(3L);
        assertThat(List.of(outcome.redelivered(0), outcome.redelivered(1), outcome.redelivered(2)))
                .containsOnly(false);
    }

    @Test
    void leavesOutAnEventRedeliveredWithinTheBatchAfterItsSuccessor() {
        String row = UUID.randomUUID().toString();
        long[] sequences = {1, 2, 1, 2};

        var outcome = writer.inBatch(
                4, i -> writer.apply(ROWS, row, sequences[i], new Update().set("title", "v" + sequences[i] + "-" + i)));

        Document stored = mongo.findById(row, Document.class, ROWS);
        assertThat(stored.getString("title")).isEqualTo("v2-1");
        assertThat(stored.get(InOrderWriter.SEQUENCE)).isEqualTo(2L);
        assertThat(List.of(outcome.redelivered(0), outcome.redelivered(1))).containsOnly(false);
        assertThat(List.of(outcome.redelivered(2), outcome.redelivered(3))).containsOnly(true);
    }

    @Test
    void foldsARunOfIncrementsIntoOneWriteThatAddsEachOnce() {
        String row = UUID.randomUUID().toString();

        var outcome = writer.inBatch(
                4,
                i -> writer.apply(
                        ROWS,
                        row,
                        i + 1,
                        new Update()
                                .inc("sums.y2026.CALLED", new Decimal128(new BigDecimal("1000.10")))
                                .inc("count", 1)
                                .set("last", "C-" + i)));

        Document stored = mongo.findById(row, Document.class, ROWS);
        assertThat(stored.get("sums", Document.class)
                        .get("y2026", Document.class)
                        .get("CALLED"))
                .isEqualTo(new Decimal128(new BigDecimal("4000.40")));
        assertThat(stored.get("count")).isEqualTo(4);
        assertThat(stored.getString("last")).isEqualTo("C-3");
        assertThat(stored.get(InOrderWriter.SEQUENCE)).isEqualTo(4L);
        assertThat(List.of(outcome.redelivered(0), outcome.redelivered(3))).containsOnly(false);
    }

    @Test
    void addsFoldedIncrementsOneByOneWhenTheRowIsPastSomeOfThem() {
        String row = UUID.randomUUID().toString();
        writer.apply(ROWS, row, 1, new Update().inc("total", 1));
        writer.apply(ROWS, row, 2, new Update().inc("total", 1));

        // a replay from an earlier offset: 2 is applied already, 3 and 4 are not, and 5 is no increment
        var outcome = writer.inBatch(
                4,
                i -> writer.apply(
                        ROWS, row, i + 2, i < 3 ? new Update().inc("total", 1) : new Update().push("after", i + 2)));

        Document stored = mongo.findById(row, Document.class, ROWS);
        assertThat(stored.get("total")).isEqualTo(4);
        assertThat(stored.getList("after", Integer.class)).containsExactly(5);
        assertThat(stored.get(InOrderWriter.SEQUENCE)).isEqualTo(5L);
        assertThat(outcome.redelivered(0)).isTrue();
        assertThat(List.of(outcome.redelivered(1), outcome.redelivered(2), outcome.redelivered(3)))
                .containsOnly(false);
    }

    @Test
    void keepsASetAndAnIncrementOfOneFieldApartAndInOrder() {
        String row = UUID.randomUUID().toString();

        writer.inBatch(
                3,
                i -> writer.apply(
                        ROWS, row, i + 1, i == 1 ? new Update().set("total", 10) : new Update().inc("total", 5)));

        assertThat(mongo.findById(row, Document.class, ROWS).get("total")).isEqualTo(15);
    }

    @Test
    void foldsSetsAndUnsetsWithTheLaterOfEachFieldWinning() {
        String row = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();

        writer.inBatch(
                3,
                i -> writer.apply(
                        ROWS,
                        row,
                        i + 1,
                        switch (i) {
                            case 0 -> new Update().set("cost", 5).set("title", "eins");
                            case 1 -> new Update().unset("cost").set("title", "zwei");
                            default -> new Update().set("title", "drei");
                        }));
        writer.inBatch(
                2,
                i -> writer.apply(
                        ROWS, other, i + 1, i == 0 ? new Update().unset("cost") : new Update().set("cost", 7)));

        Document stored = mongo.findById(row, Document.class, ROWS);
        assertThat(stored.containsKey("cost")).isFalse();
        assertThat(stored.getString("title")).isEqualTo("drei");
        assertThat(stored.get(InOrderWriter.SEQUENCE)).isEqualTo(3L);
        assertThat(mongo.findById(other, Document.class, ROWS).get("cost")).isEqualTo(7);
    }
}
