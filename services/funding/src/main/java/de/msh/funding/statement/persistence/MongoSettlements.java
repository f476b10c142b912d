package de.msh.funding.statement.persistence;

import de.msh.funding.statement.domain.Settlement;
import de.msh.funding.statement.domain.Settlements;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Settlements in {@value #COLLECTION}, keyed by the booking's identity: the claim is an insert, and the store's
 * unique {@code _id} decides between two people (or a person and the matching) pressing at the same moment.
 */
@Repository
class MongoSettlements implements Settlements {

    static final String COLLECTION = "booking_settlements";

    private final MongoTemplate mongo;

    MongoSettlements(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Settlement> claim(Settlement settlement) {
        try {
            mongo.insert(settlement, COLLECTION);
            return Optional.empty();
        } catch (DuplicateKeyException claimedBefore) {
            return Optional.of(find(settlement.id()).orElseThrow(() -> claimedBefore));
        }
    }

    @Override
    public Optional<Settlement> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Settlement.class, COLLECTION));
    }

    @Override
    public void settled(String id, Instant at) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and("settledAt").is(null)),
                Update.update("settledAt", at),
                COLLECTION);
    }

    @Override
    public void release(Settlement claim) {
        mongo.remove(
                Query.query(Criteria.where("_id")
                        .is(claim.id())
                        .and("claimedAt")
                        .is(claim.claimedAt())
                        .and("settledAt")
                        .is(null)),
                COLLECTION);
    }
}
