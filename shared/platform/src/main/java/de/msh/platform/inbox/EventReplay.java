package de.msh.platform.inbox;

import de.msh.events.CloudEventAttributes;
import de.msh.events.DomainEvent;
import de.msh.events.EventCodec;
import de.msh.events.EventEnvelope;
import de.msh.events.InvalidEventException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Applies records read straight from a topic (not through a binding), for a consumer that rebuilds its state from the
 * beginning: decoded first, then applied as one batch with the same sequence-guarded bulk write as {@link EventInbox}.
 * Records that cannot be read or have an unknown type are passed over: the live consumer set them aside already.
 */
public class EventReplay {

    private final EventCodec codec;
    private final InOrderWriter writer;

    public EventReplay(EventCodec codec, InOrderWriter writer) {
        this.codec = codec;
        this.writer = writer;
    }

    /**
     * The events of the records, in their order. Decoding needs no store and no handler, so a reader may decode the
     * next batch on its own thread while the one before is applied.
     */
    public Decoded decode(List<ConsumerRecord<String, byte[]>> records) {
        List<EventEnvelope<DomainEvent>> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                var attributes = CloudEventAttributes.read(cloudEventHeaders(record));
                Optional<DomainEvent> data = codec.fromJson(attributes.type(), record.value());
                data.ifPresent(event -> events.add(attributes.with(event)));
            } catch (InvalidEventException unreadable) {
                // set aside as a dead letter when it was first consumed
            }
        }
        return new Decoded(events);
    }

    /** Applies decoded events, in their order, as one batch; returns how many there were. */
    public int apply(Decoded decoded, EventInbox.EventHandler handler) {
        List<EventEnvelope<DomainEvent>> events = decoded.events();
        writer.inBatch(events.size(), i -> handler.apply(events.get(i)));
        return events.size();
    }

    /** The events of a batch of records that this consumer could read, in their order. */
    public record Decoded(List<EventEnvelope<DomainEvent>> events) {}

    private static Map<String, String> cloudEventHeaders(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.key().startsWith("ce_") && header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }
}
