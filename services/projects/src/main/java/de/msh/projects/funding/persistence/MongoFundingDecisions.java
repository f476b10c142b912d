package de.msh.projects.funding.persistence;

import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantReclaimed;
import de.msh.platform.inbox.InOrderWriter;
import de.msh.projects.funding.domain.FundingDecisions;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/** One row per grant, keyed by the grant id, so a redelivered decision is the same row and never a second grant. */
@Repository
class MongoFundingDecisions implements FundingDecisions {

    static final String COLLECTION = "granted_funding";

    private final MongoTemplate mongo;
    private final InOrderWriter writer;

    MongoFundingDecisions(MongoTemplate mongo, InOrderWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    @Override
    public boolean grantedFor(String projectId) {
        return mongo.exists(
                Query.query(
                        Criteria.where("projectId").is(projectId).and("status").is("APPROVED")),
                COLLECTION);
    }

    @Override
    public boolean approved(GrantApproved event, long sequence) {
        return writer.apply(
                COLLECTION,
                event.grantId(),
                sequence,
                new Update()
                        .set("projectId", event.projectId())
                        .set("status", "APPROVED")
                        .set("programme", event.programme())
                        .set("amount", new Decimal128(event.amount()))
                        .set("currency", event.currency())
                        .set("decidedOn", event.decidedOn().toString()));
    }

    @Override
    public boolean revoked(GrantReclaimed event, long sequence) {
        return writer.apply(
                COLLECTION,
                event.grantId(),
                sequence,
                new Update()
                        .set("projectId", event.projectId())
                        .set("status", "REVOKED")
                        .set("revokedBecause", event.reason()));
    }
}
