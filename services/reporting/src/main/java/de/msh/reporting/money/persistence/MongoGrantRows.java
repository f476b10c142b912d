package de.msh.reporting.money.persistence;

import de.msh.platform.inbox.InOrderWriter;
import de.msh.reporting.money.domain.GrantMoney;
import de.msh.reporting.money.domain.GrantRows;
import de.msh.reporting.space.ReadModelSpace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Grant rows in {@code money_grants}. The money moved is added up per year and kind ({@code sums.y2024.CALLED}), so a
 * row stays small however many payments its grant sees; the sequence guard adds each event once. Amounts are written
 * as Decimal128 explicitly, never as strings.
 */
@Repository
class MongoGrantRows implements GrantRows {

    static final String COLLECTION = "money_grants";
    private static final String SUMS = "sums";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;
    private final ReadModelSpace space;

    MongoGrantRows(MongoTemplate mongo, InOrderWriter writer, ReadModelSpace space) {
        this.mongo = mongo;
        this.writer = writer;
        this.space = space;
    }

    @Override
    public boolean applied(String grantId, long sequence, String projectId, String programme, String period) {
        return writer.apply(
                space.collection(COLLECTION),
                grantId,
                sequence,
                new Update()
                        .set("projectId", projectId)
                        .set("programme", programme)
                        .set("period", period));
    }

    @Override
    public boolean decided(
            String grantId, long sequence, String projectId, @Nullable String programme, BigDecimal committed) {
        Update update = new Update().set("projectId", projectId).set("committed", new Decimal128(committed));
        if (programme != null) {
            update.set("programme", programme);
        }
        return writer.apply(space.collection(COLLECTION), grantId, sequence, update);
    }

    @Override
    public boolean moved(String grantId, long sequence, String projectId, GrantMoney.Movement... movements) {
        Update update = new Update().set("projectId", projectId);
        for (GrantMoney.Movement movement : movements) {
            update.inc(SUMS + ".y" + movement.year() + "." + movement.kind().name(), new Decimal128(movement.amount()));
        }
        return writer.apply(space.collection(COLLECTION), grantId, sequence, update);
    }

    @Override
    public List<GrantMoney> find(@Nullable String programme, @Nullable String projectId) {
        Criteria criteria = new Criteria();
        if (programme != null) {
            criteria = criteria.and("programme").is(programme);
        }
        if (projectId != null) {
            criteria = criteria.and("projectId").is(projectId);
        }
        List<GrantMoney> grants = new ArrayList<>();
        for (Document row : mongo.find(Query.query(criteria), Document.class, space.collection(COLLECTION))) {
            grants.add(grant(row));
        }
        return grants;
    }

    private static GrantMoney grant(Document row) {
        List<GrantMoney.Movement> movements = new ArrayList<>();
        Document years = row.get(SUMS, Document.class);
        if (years != null) {
            years.forEach((year, kinds) -> ((Document) kinds)
                    .forEach((kind, amount) -> movements.add(new GrantMoney.Movement(
                            GrantMoney.Kind.valueOf(kind),
                            StoredAmounts.amount(amount),
                            Integer.parseInt(year.substring(1))))));
        }
        return new GrantMoney(
                row.getString("_id"),
                row.getString("projectId"),
                row.getString("programme"),
                row.getString("period"),
                StoredAmounts.amount(row.get("committed")),
                movements);
    }
}
