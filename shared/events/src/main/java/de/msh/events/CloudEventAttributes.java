package de.msh.events;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The CloudEvents Kafka binary-mode headers of an envelope, as plain strings. Transport code turns this map into
 * record headers and back; nothing else names a {@code ce_} header.
 */
public final class CloudEventAttributes {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SEQUENCE = "ce_sequence";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventAttributes() {}

    public static Map<String, String> headersOf(EventEnvelope<?> envelope) {
        return headersOf(new Attributes(
                envelope.id(),
                envelope.source(),
                envelope.type(),
                envelope.subject(),
                envelope.time(),
                envelope.sequence()));
    }

    public static Map<String, String> headersOf(Attributes attributes) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, attributes.id().toString());
        headers.put(SOURCE, attributes.source().toString());
        headers.put(TYPE, attributes.type());
        headers.put(SPEC_VERSION, SPEC_VERSION_VALUE);
        headers.put(TIME, attributes.time().toString());
        headers.put(SUBJECT, attributes.subject());
        headers.put(SEQUENCE, Long.toString(attributes.sequence()));
        headers.put(CONTENT_TYPE, JSON);
        return headers;
    }

    /**
     * Reads the attributes back. A missing or malformed attribute is an {@link InvalidEventException}: such a
     * message can never be applied and belongs in the dead-letter topic.
     */
    public static Attributes read(Map<String, String> headers) {
        try {
            return new Attributes(
                    UUID.fromString(required(headers, ID)),
                    HeaderValues.source(required(headers, SOURCE)),
                    required(headers, TYPE),
                    required(headers, SUBJECT),
                    HeaderValues.instant(required(headers, TIME)),
                    Long.parseLong(required(headers, SEQUENCE)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidEventException("Malformed CloudEvents attributes: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("Missing CloudEvents attribute " + name, null);
        }
        return value;
    }

    /** The context attributes of an event whose data is not decoded yet. */
    public record Attributes(UUID id, URI source, String type, String subject, Instant time, long sequence) {

        public <T extends DomainEvent> EventEnvelope<T> with(T data) {
            return new EventEnvelope<>(id, source, type, subject, time, sequence, data);
        }
    }
}
