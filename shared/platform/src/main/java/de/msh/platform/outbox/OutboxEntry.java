package de.msh.platform.outbox;

import de.msh.events.DomainEvent;
import de.msh.events.EventCodec;
import java.time.Instant;
import java.util.UUID;

/**
 * One recorded event waiting in its aggregate's document to be published. The payload is the contract's JSON,
 * serialised when the event was recorded, so what leaves is exactly what was decided.
 *
 * @param eventId the CloudEvents id, the consumers' dedupe key
 * @param type the versioned event type
 * @param subject the aggregate id, used as the Kafka key
 * @param sequence the aggregate's event number (1, 2, 3, ...)
 * @param occurredAt when the change happened
 * @param payload the event data as JSON
 */
public record OutboxEntry(
        String eventId, String type, String subject, long sequence, Instant occurredAt, String payload) {

    static OutboxEntry of(DomainEvent event, String subject, long sequence, Instant occurredAt) {
        EventCodec codec = EventCodec.standard();
        return new OutboxEntry(
                UUID.randomUUID().toString(),
                codec.registry().typeOf(event),
                subject,
                sequence,
                occurredAt,
                codec.toJson(event));
    }
}
