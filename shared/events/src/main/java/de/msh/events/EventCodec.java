package de.msh.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of event data. Its settings are part of the wire format and pinned by the golden tests: ISO-8601
 * instants, amounts as plain decimals, unknown properties ignored so that an added field breaks no consumer.
 */
public final class EventCodec {

    private static final EventCodec STANDARD = new EventCodec(EventTypeRegistry.standard());

    private final EventTypeRegistry registry;
    private final JsonMapper json;

    public EventCodec(EventTypeRegistry registry) {
        this.registry = registry;
        this.json = JsonMapper.builder()
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    public static EventCodec standard() {
        return STANDARD;
    }

    public EventTypeRegistry registry() {
        return registry;
    }

    public String toJson(DomainEvent event) {
        registry.typeOf(event);
        return json.writeValueAsString(event);
    }

    /**
     * Decodes data of the given type. Empty for a type this build does not know (a newer producer); an
     * {@link InvalidEventException} for a known type whose data does not fit its record.
     */
    public Optional<DomainEvent> fromJson(String type, byte[] data) {
        Optional<Class<? extends DomainEvent>> record = registry.recordFor(type);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(data, record.get()));
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidEventException("Data does not fit " + type + ": " + e.getMessage(), e);
        }
    }

    public Optional<DomainEvent> fromJson(String type, String data) {
        return fromJson(type, data.getBytes(StandardCharsets.UTF_8));
    }
}
