package de.msh.reporting.money.persistence;

import de.msh.platform.inbox.InOrderWriter;
import de.msh.reporting.money.domain.Discrepancy;
import de.msh.reporting.money.domain.DiscrepancyRows;
import de.msh.reporting.space.FieldKeys;
import de.msh.reporting.space.ReadModelSpace;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Statement rows in {@code money_statements}: each discrepancy under {@code bookings.<booking>}, and its settlement
 * apart under {@code resolved.<booking>}, because the writes of one batch to one row are merged into one update, where
 * setting a document and a field inside it would conflict.
 */
@Repository
class MongoDiscrepancyRows implements DiscrepancyRows {

    static final String COLLECTION = "money_statements";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;
    private final ReadModelSpace space;

    MongoDiscrepancyRows(MongoTemplate mongo, InOrderWriter writer, ReadModelSpace space) {
        this.mongo = mongo;
        this.writer = writer;
        this.space = space;
    }

    @Override
    public boolean found(String statementId, long sequence, Discrepancy discrepancy) {
        return writer.apply(
                space.collection(COLLECTION),
                statementId,
                sequence,
                new Update()
                        .set(
                                "bookings." + FieldKeys.of(discrepancy.bookingId()),
                                new Document("bookingId", discrepancy.bookingId())
                                        .append("grantId", discrepancy.grantId())
                                        .append("kind", discrepancy.kind())
                                        .append("amount", new Decimal128(discrepancy.amount()))
                                        .append("year", discrepancy.year())));
    }

    @Override
    public boolean resolved(String statementId, long sequence, String bookingId) {
        return writer.apply(
                space.collection(COLLECTION),
                statementId,
                sequence,
                new Update().set("resolved." + FieldKeys.of(bookingId), true));
    }

    @Override
    public List<Discrepancy> all() {
        List<Discrepancy> all = new ArrayList<>();
        for (Document row : mongo.find(new Query(), Document.class, space.collection(COLLECTION))) {
            Document bookings = row.get("bookings", Document.class);
            Document resolved = row.get("resolved", Document.class);
            if (bookings == null) {
                continue;
            }
            for (var entry : bookings.entrySet()) {
                Document booking = (Document) entry.getValue();
                all.add(new Discrepancy(
                        booking.getString("bookingId"),
                        booking.getString("grantId"),
                        booking.getString("kind"),
                        StoredAmounts.amount(booking.get("amount")),
                        booking.getInteger("year", 0),
                        resolved == null || !resolved.containsKey(entry.getKey())));
            }
        }
        return all;
    }
}
