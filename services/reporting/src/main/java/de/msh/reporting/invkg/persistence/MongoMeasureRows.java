package de.msh.reporting.invkg.persistence;

import de.msh.platform.inbox.InOrderWriter;
import de.msh.reporting.invkg.domain.Measure;
import de.msh.reporting.invkg.domain.MeasureRows;
import de.msh.reporting.space.ReadModelSpace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Grant rows in {@code invkg_measures}, one per grant; amounts as Decimal128, days as ISO strings. Only {@code $set},
 * so the writes of one batch fold into one update.
 */
@Repository
class MongoMeasureRows implements MeasureRows {

    static final String COLLECTION = "invkg_measures";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;
    private final ReadModelSpace space;

    MongoMeasureRows(MongoTemplate mongo, InOrderWriter writer, ReadModelSpace space) {
        this.mongo = mongo;
        this.writer = writer;
        this.space = space;
    }

    @Override
    public boolean applied(
            String grantId,
            long sequence,
            String projectId,
            String fileNumber,
            String programme,
            @Nullable String recipientKind,
            @Nullable String recipient,
            @Nullable String investmentArea) {
        return write(
                grantId,
                sequence,
                new Update()
                        .set("projectId", projectId)
                        .set("fileNumber", fileNumber)
                        .set("programme", programme)
                        .set("recipientKind", recipientKind)
                        .set("recipient", recipient)
                        .set("investmentArea", investmentArea)
                        .set("status", "APPLIED"));
    }

    @Override
    public boolean decided(
            String grantId,
            long sequence,
            String projectId,
            BigDecimal federalAmount,
            @Nullable BigDecimal rate,
            @Nullable BigDecimal eligibleCosts,
            @Nullable LocalDate measureEnd) {
        Update update = new Update()
                .set("projectId", projectId)
                .set("federalAmount", new Decimal128(federalAmount))
                .set("status", "APPROVED");
        if (rate != null) {
            update.set("rate", new Decimal128(rate));
        }
        if (eligibleCosts != null) {
            update.set("eligibleCosts", new Decimal128(eligibleCosts));
        }
        if (measureEnd != null) {
            update.set("measureEnd", measureEnd.toString());
        }
        return write(grantId, sequence, update);
    }

    @Override
    public boolean status(String grantId, long sequence, String projectId, String status, @Nullable LocalDate on) {
        Update update = new Update().set("projectId", projectId).set("status", status);
        if (on != null && "CLOSED".equals(status)) {
            update.set("closedOn", on.toString());
        }
        return write(grantId, sequence, update);
    }

    @Override
    public boolean finalProofAccepted(
            String grantId,
            long sequence,
            String projectId,
            LocalDate acceptedOn,
            BigDecimal proven,
            @Nullable BigDecimal recognised) {
        return write(
                grantId,
                sequence,
                new Update()
                        .set("projectId", projectId)
                        .set("finalProofAcceptedOn", acceptedOn.toString())
                        .set("finalProven", new Decimal128(proven))
                        .set("recognised", recognised == null ? null : new Decimal128(recognised)));
    }

    @Override
    public List<Measure> all() {
        List<Measure> measures = new ArrayList<>();
        Query query = new Query().with(org.springframework.data.domain.Sort.by("_id"));
        for (Document row : mongo.find(query, Document.class, space.collection(COLLECTION))) {
            if (row.getString("fileNumber") == null) {
                continue; // a later event of a grant whose application this space has not seen
            }
            measures.add(new Measure(
                    row.getString("_id"),
                    row.getString("projectId"),
                    row.getString("fileNumber"),
                    row.getString("programme"),
                    row.getString("recipientKind"),
                    row.getString("recipient"),
                    row.getString("investmentArea"),
                    amount(row.get("federalAmount")),
                    amount(row.get("rate")),
                    amount(row.get("eligibleCosts")),
                    day(row.getString("measureEnd")),
                    row.getString("status"),
                    day(row.getString("closedOn")),
                    day(row.getString("finalProofAcceptedOn")),
                    amount(row.get("finalProven")),
                    amount(row.get("recognised"))));
        }
        return measures;
    }

    private boolean write(String grantId, long sequence, Update update) {
        return writer.apply(space.collection(COLLECTION), grantId, sequence, update);
    }

    private static @Nullable BigDecimal amount(@Nullable Object stored) {
        return stored instanceof Decimal128 decimal ? decimal.bigDecimalValue() : null;
    }

    private static @Nullable LocalDate day(@Nullable String stored) {
        return stored == null ? null : LocalDate.parse(stored);
    }
}
