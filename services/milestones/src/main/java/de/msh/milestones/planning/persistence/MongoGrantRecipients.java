package de.msh.milestones.planning.persistence;

import de.msh.events.funding.RecipientKind;
import de.msh.milestones.planning.domain.GrantRecipients;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * {@code grant_recipients}: one row per grant whose application named the recipient's kind. Only GrantApplied sets
 * it, once per grant, so an upsert is idempotent without a sequence guard.
 */
@Repository
class MongoGrantRecipients implements GrantRecipients {

    static final String COLLECTION = "grant_recipients";

    private final MongoTemplate mongo;

    MongoGrantRecipients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean remember(String grantId, RecipientKind kind) {
        var result = mongo.upsert(
                Query.query(Criteria.where("_id").is(grantId)),
                new Update().set("recipientKind", kind.name()),
                COLLECTION);
        return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
    }

    @Override
    public boolean isMunicipal(String grantId) {
        Document row = mongo.findById(grantId, Document.class, COLLECTION);
        return row != null && RecipientKind.MUNICIPALITY.name().equals(row.getString("recipientKind"));
    }
}
