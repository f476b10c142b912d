package de.msh.platform.inbox;

import de.msh.events.CloudEventAttributes;
import de.msh.events.DomainEvent;
import de.msh.events.EventCodec;
import de.msh.events.EventEnvelope;
import de.msh.events.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

/**
 * The one way a consumer reads a Kafka message: CloudEvents headers and JSON data become an {@link EventEnvelope}.
 * An unknown type (a newer producer) is logged with its id, counted as skipped and passed over; a message that
 * cannot be read throws {@link InvalidEventException}, which is not retried and lands in the dead-letter topic.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final EventCodec codec;
    private final ConsumerMetrics metrics;

    public EventInbox(EventCodec codec, ConsumerMetrics metrics) {
        this.codec = codec;
        this.metrics = metrics;
    }

    /** Reads the message and hands a known event to the handler, counting what became of it. */
    public void accept(Message<byte[]> message, EventHandler handler) {
        read(message).ifPresent(envelope -> {
            metrics.consumed(envelope.type(), handler.apply(envelope).tag());
        });
    }

    public Optional<EventEnvelope<DomainEvent>> read(Message<byte[]> message) {
        var attributes = CloudEventAttributes.read(ceHeaders(message));
        Optional<DomainEvent> data = codec.fromJson(attributes.type(), message.getPayload());
        if (data.isEmpty()) {
            log.warn(
                    "Skipping event {} of unknown type {} from {}",
                    attributes.id(),
                    attributes.type(),
                    attributes.source());
            metrics.consumed(attributes.type(), ConsumerMetrics.SKIPPED);
            return Optional.empty();
        }
        return Optional.of(attributes.with(data.get()));
    }

    private static Map<String, String> ceHeaders(Message<?> message) {
        Map<String, String> headers = new HashMap<>();
        message.getHeaders().forEach((name, value) -> {
            if (name.startsWith("ce_")) {
                headers.put(
                        name,
                        value instanceof byte[] bytes
                                ? new String(bytes, StandardCharsets.UTF_8)
                                : String.valueOf(value));
            }
        });
        return headers;
    }

    /** Applies one event and says what became of it. */
    @FunctionalInterface
    public interface EventHandler {
        Outcome apply(EventEnvelope<DomainEvent> envelope);
    }
}
