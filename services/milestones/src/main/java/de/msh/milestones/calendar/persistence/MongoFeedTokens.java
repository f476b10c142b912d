package de.msh.milestones.calendar.persistence;

import de.msh.milestones.calendar.domain.FeedOwner;
import de.msh.milestones.calendar.domain.FeedTokens;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** One row per person ({@code _id} = user name) in {@code feed_tokens}, holding their token's hash. */
@Repository
class MongoFeedTokens implements FeedTokens {

    static final String COLLECTION = "feed_tokens";

    private final MongoTemplate mongo;

    MongoFeedTokens(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A feed is found by its token's hash; two people never share one. */
    @EventListener(ApplicationStartedEvent.class)
    void ensureIndex() {
        mongo.indexOps(COLLECTION)
                .createIndex(new Index("tokenHash", Sort.Direction.ASC).unique().named("token_hash_unique"));
    }

    @Override
    public void replace(String tokenHash, FeedOwner owner) {
        Document row = new Document("_id", owner.name())
                .append("tokenHash", tokenHash)
                .append("roles", List.copyOf(owner.roles()));
        mongo.findAndReplace(
                Query.query(Criteria.where("_id").is(owner.name())),
                row,
                FindAndReplaceOptions.options().upsert(),
                Document.class,
                COLLECTION);
    }

    @Override
    public boolean revoke(String name) {
        return mongo.remove(Query.query(Criteria.where("_id").is(name)), COLLECTION)
                        .getDeletedCount()
                > 0;
    }

    @Override
    public Optional<FeedOwner> ownerOf(String tokenHash) {
        Document row =
                mongo.findOne(Query.query(Criteria.where("tokenHash").is(tokenHash)), Document.class, COLLECTION);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new FeedOwner(row.getString("_id"), Set.copyOf(row.getList("roles", String.class))));
    }
}
