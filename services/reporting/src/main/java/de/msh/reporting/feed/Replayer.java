package de.msh.reporting.feed;

import de.msh.platform.inbox.EventReplay;
import de.msh.reporting.space.Positions;
import de.msh.reporting.space.ReadModelSpace;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Applies a stretch of the topics' history to the read models of one space, as the live consumers would have. */
@Component
public class Replayer {

    private final EventHistory history;
    private final EventReplay replay;
    private final Feeds feeds;
    private final ReadModelSpace space;
    private final Positions positions;

    Replayer(EventHistory history, EventReplay replay, Feeds feeds, ReadModelSpace space, Positions positions) {
        this.history = history;
        this.replay = replay;
        this.feeds = feeds;
        this.space = space;
        this.positions = positions;
    }

    /**
     * Applies every event from the given positions up to the given ones (or the end now) to the space, recording its
     * positions as it goes; {@code progress} hears how many records each batch had. Returns where it stopped.
     */
    public Map<String, Map<Integer, Long>> replay(
            String prefix,
            Map<String, Map<Integer, Long>> from,
            @Nullable Map<String, Map<Integer, Long>> to,
            LongConsumer progress) {
        return history.read(feeds.topics(), from, to, replay::decode, stretch -> {
            space.within(prefix, () -> {
                replay.apply(stretch.prepared(), feeds.handler(stretch.topic()));
                positions.advanced(Map.of(stretch.topic(), Map.of(stretch.partition(), stretch.next())));
                return null;
            });
            progress.accept(stretch.records());
        });
    }

    /** Per topic and partition, how far the history had got at the instant. */
    public Map<String, Map<Integer, Long>> positionsAt(Instant instant) {
        return history.positionsAt(feeds.topics(), instant);
    }

    /** How far the history had got at the first instant by which it held so many events after the given positions. */
    public Optional<Map<String, Map<Integer, Long>>> positionsAfter(Map<String, Map<Integer, Long>> from, long events) {
        return history.positionsAfter(feeds.topics(), from, events);
    }
}
