package de.msh.platform.inbox;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * For consumers that act outside their own store (send a mail, call a service): records an event id under the
 * unique {@code _id} before acting, so a redelivery, which topics that keep everything can bring at any time, is
 * recognised. No expiry, for the same reason.
 */
public class AppliedEvents {

    public static final String COLLECTION = "applied_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    public AppliedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** True the first time an event id is seen, false for every redelivery. */
    public boolean firstDelivery(UUID eventId, String type) {
        try {
            mongo.insert(
                    new Document("_id", eventId.toString())
                            .append("type", type)
                            .append("at", Date.from(clock.instant())),
                    COLLECTION);
            return true;
        } catch (DuplicateKeyException redelivered) {
            return false;
        }
    }
}
