package de.msh.platform.inbox;

import de.msh.events.CloudEventAttributes;
import de.msh.events.DomainEvent;
import de.msh.events.EventCodec;
import de.msh.events.EventEnvelope;
import de.msh.events.InvalidEventException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

/**
 * The one way a consumer reads Kafka: one poll arrives as one batch, and this turns it into envelopes, hands each to
 * the consumer's handler in the order of its partition, and writes what the handlers decided in one bulk write (see
 * {@link InOrderWriter}).
 *
 * <ul>
 *   <li>A message that can never be applied (missing or malformed CloudEvents attributes, data that does not fit its
 *       type) goes to the dead-letter topic with its reason and origin ({@link DeadLetters}); nothing else does.
 *   <li>An unknown type (a newer producer) is logged, counted as skipped and passed over.
 *   <li>Any other failure (the store or the broker unreachable, a timeout) fails the whole batch, which the listener
 *       container retries with capped back-off for as long as the failure lasts; {@link ConsumerHealth} is DOWN
 *       meanwhile. Applying again is harmless: every write is sequence-guarded.
 *   <li>Every sequence seen, whatever became of its event, is remembered per aggregate ({@link SequenceTracker}), so
 *       an event that never arrived shows up as a gap.
 * </ul>
 * Outcomes are counted once the batch has succeeded, so a retried batch is not counted twice.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final EventCodec codec;
    private final ConsumerMetrics metrics;
    private final InOrderWriter writer;
    private final SequenceTracker sequences;
    private final DeadLetters deadLetters;
    private final ConsumerHealth health;

    public EventInbox(
            EventCodec codec,
            ConsumerMetrics metrics,
            InOrderWriter writer,
            SequenceTracker sequences,
            DeadLetters deadLetters,
            ConsumerHealth health) {
        this.codec = codec;
        this.metrics = metrics;
        this.writer = writer;
        this.sequences = sequences;
        this.deadLetters = deadLetters;
        this.health = health;
    }

    /** Handles one consumed batch; throws if it must be retried. */
    public void accept(Message<List<byte[]>> batch, EventHandler handler) {
        List<ConsumedRecord> records = ConsumedRecord.of(batch);
        if (records.isEmpty()) {
            return;
        }
        String topic = records.get(0).topic();
        try {
            Read read = read(records);
            deadLetters.setAside(read.poison());
            List<EventEnvelope<DomainEvent>> events = read.events();
            Outcome[] outcomes = new Outcome[events.size()];
            var written = writer.inBatch(events.size(), i -> outcomes[i] = handler.apply(events.get(i)));
            sequences.saw(read.seen());
            health.succeeded(topic);
            for (int i = 0; i < outcomes.length; i++) {
                Outcome outcome =
                        outcomes[i] == Outcome.APPLIED && written.redelivered(i) ? Outcome.DUPLICATE : outcomes[i];
                metrics.consumed(events.get(i).type(), outcome.tag());
            }
            read.skipped().forEach(type -> metrics.consumed(type, ConsumerMetrics.SKIPPED));
        } catch (RuntimeException | Error failure) {
            health.failed(topic, failure);
            log.warn("Batch of {} events from {} failed; it is retried", records.size(), topic, failure);
            throw failure;
        }
    }

    private record Read(
            List<EventEnvelope<DomainEvent>> events,
            List<DeadLetters.Poison> poison,
            List<SequenceTracker.Seen> seen,
            List<String> skipped) {}

    private Read read(List<ConsumedRecord> records) {
        Read read = new Read(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (ConsumedRecord record : records) {
            try {
                var attributes = CloudEventAttributes.read(record.headersStartingWith("ce_"));
                Optional<DomainEvent> data = codec.fromJson(attributes.type(), record.value());
                read.seen().add(new SequenceTracker.Seen(record.topic(), attributes.subject(), attributes.sequence()));
                if (data.isEmpty()) {
                    log.warn(
                            "Skipping event {} of unknown type {} from {}",
                            attributes.id(),
                            attributes.type(),
                            attributes.source());
                    read.skipped().add(attributes.type());
                } else {
                    read.events().add(attributes.with(data.get()));
                }
            } catch (InvalidEventException unreadable) {
                log.error("Setting aside {}: {}", record.position(), unreadable.getMessage());
                read.poison().add(new DeadLetters.Poison(record, String.valueOf(unreadable.getMessage())));
            }
        }
        return read;
    }

    /** Applies one event and says what became of it. */
    @FunctionalInterface
    public interface EventHandler {
        Outcome apply(EventEnvelope<DomainEvent> envelope);
    }
}
