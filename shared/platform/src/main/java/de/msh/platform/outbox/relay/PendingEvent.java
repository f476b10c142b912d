package de.msh.platform.outbox.relay;

import de.msh.events.CloudEventAttributes;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;

/** One outbox entry as the relay reads it from the document, ready to become a Kafka record. */
public record PendingEvent(
        String eventId, String type, String subject, long sequence, Instant occurredAt, String payload) {

    static PendingEvent of(Document entry) {
        return new PendingEvent(
                entry.getString("eventId"),
                entry.getString("type"),
                entry.getString("subject"),
                ((Number) entry.get("sequence")).longValue(),
                entry.getDate("occurredAt").toInstant(),
                entry.getString("payload"));
    }

    /** The CloudEvents headers of this event, published by the given source. */
    public Map<String, String> headers(java.net.URI source) {
        return CloudEventAttributes.headersOf(new CloudEventAttributes.Attributes(
                UUID.fromString(eventId), source, type, subject, occurredAt, sequence));
    }
}
