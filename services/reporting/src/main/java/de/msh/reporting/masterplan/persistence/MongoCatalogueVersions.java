package de.msh.reporting.masterplan.persistence;

import de.msh.reporting.masterplan.domain.Aggregation;
import de.msh.reporting.masterplan.domain.CatalogueVersion;
import de.msh.reporting.masterplan.domain.CatalogueVersions;
import de.msh.reporting.masterplan.domain.Direction;
import de.msh.reporting.masterplan.domain.Indicator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Catalogue versions in {@code masterplan_catalogue}, the version number as {@code _id}: inserting a number that
 * exists fails, which is how the second of two edits of the same version is refused. Values are Decimal128.
 */
@Repository
class MongoCatalogueVersions implements CatalogueVersions {

    static final String COLLECTION = "masterplan_catalogue";

    private final MongoTemplate mongo;

    MongoCatalogueVersions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CatalogueVersion> latest() {
        return first(new Query().with(Sort.by(Sort.Direction.DESC, "_id")));
    }

    @Override
    public Optional<CatalogueVersion> version(int version) {
        return first(Query.query(Criteria.where("_id").is(version)));
    }

    @Override
    public Optional<CatalogueVersion> asOf(Instant instant) {
        return first(Query.query(Criteria.where("validFrom").lte(Date.from(instant)))
                .with(Sort.by(Sort.Direction.DESC, "_id")));
    }

    @Override
    public List<CatalogueVersion> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")), Document.class, COLLECTION).stream()
                .map(MongoCatalogueVersions::version)
                .toList();
    }

    @Override
    public boolean add(CatalogueVersion version) {
        List<Document> indicators = new ArrayList<>();
        for (Indicator indicator : version.indicators()) {
            List<Document> targets = new ArrayList<>();
            indicator
                    .targets()
                    .forEach((year, value) ->
                            targets.add(new Document("year", year).append("value", new Decimal128(value))));
            indicators.add(new Document("key", indicator.key())
                    .append("field", indicator.field())
                    .append("name", indicator.name())
                    .append("unit", indicator.unit())
                    .append("direction", indicator.direction().name())
                    .append("aggregation", indicator.aggregation().name())
                    .append("baselineYear", indicator.baselineYear())
                    .append("baselineValue", new Decimal128(indicator.baselineValue()))
                    .append("targets", targets));
        }
        try {
            mongo.insert(
                    new Document("_id", version.version())
                            .append("validFrom", Date.from(version.validFrom()))
                            .append("editedBy", version.editedBy())
                            .append("reason", version.reason())
                            .append("source", version.source())
                            .append("indicators", indicators),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    private Optional<CatalogueVersion> first(Query query) {
        return Optional.ofNullable(mongo.findOne(query.limit(1), Document.class, COLLECTION))
                .map(MongoCatalogueVersions::version);
    }

    private static CatalogueVersion version(Document row) {
        List<Indicator> indicators = new ArrayList<>();
        for (Document indicator : row.getList("indicators", Document.class)) {
            TreeMap<Integer, BigDecimal> targets = new TreeMap<>();
            for (Document target : indicator.getList("targets", Document.class)) {
                targets.put(target.getInteger("year"), decimal(target.get("value")));
            }
            indicators.add(new Indicator(
                    indicator.getString("key"),
                    indicator.getString("field"),
                    indicator.getString("name"),
                    indicator.getString("unit"),
                    Direction.valueOf(indicator.getString("direction")),
                    Aggregation.valueOf(indicator.getString("aggregation")),
                    indicator.getInteger("baselineYear"),
                    decimal(indicator.get("baselineValue")),
                    targets));
        }
        return new CatalogueVersion(
                row.getInteger("_id"),
                row.getDate("validFrom").toInstant(),
                row.getString("editedBy"),
                row.getString("reason"),
                row.getString("source"),
                indicators);
    }

    private static BigDecimal decimal(Object stored) {
        return ((Decimal128) stored).bigDecimalValue();
    }
}
