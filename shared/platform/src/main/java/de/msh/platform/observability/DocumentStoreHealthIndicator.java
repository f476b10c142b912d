package de.msh.platform.observability;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Replaces Boot's MongoDB health check, which sends {@code hello}: the embedded store (mongo-java-server) does not
 * know that command and would report every service DOWN. {@code ping} is understood by both.
 */
public class DocumentStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;

    public DocumentStoreHealthIndicator(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok"));
    }
}
