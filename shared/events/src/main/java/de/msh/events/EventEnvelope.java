package de.msh.events;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event as it travels: the CloudEvents 1.0 context attributes plus the contract record as data. On Kafka the
 * attributes become {@code ce_*} headers (binary mode, see {@link CloudEventAttributes}) and the data is the JSON
 * body; the record key is the {@code subject}.
 *
 * @param id unique per event, the consumers' dedupe key
 * @param source the emitting service, e.g. {@code /services/projects}
 * @param type the versioned type, e.g. {@code msh.projects.ProjectRegistered.v1}
 * @param subject the id of the aggregate the event belongs to
 * @param time when the change happened (UTC)
 * @param sequence the aggregate's event number, starting at 1 and growing by one per event; consumers apply an event
 *     only if its sequence is higher than the last they applied for that subject
 * @param data the contract record
 */
public record EventEnvelope<T extends DomainEvent>(
        UUID id, URI source, String type, String subject, Instant time, long sequence, T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("subject must not be blank");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
    }
}
