package de.msh.reporting.asof.application;

import de.msh.reporting.feed.Replayer;
import de.msh.reporting.space.Answer;
import de.msh.reporting.space.Positions;
import de.msh.reporting.space.ReadModelSpace;
import de.msh.reporting.space.ViewsAsOf;
import de.msh.reporting.space.ViewsAtPositions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Answers "as of" an instant in a space replayed from offset zero up to the positions the broker had reached then
 * (every record stamped at or before the instant), through the same handlers as the live consumers: so it shows what
 * the live view showed once it had caught up to that instant. It starts from the nearest {@link Checkpoints checkpoint}
 * before the instant, so it replays at most the events since. The last few such spaces are kept, since a dashboard
 * asks several views for one date; they hold a fixed past and never change.
 */
@Service
public class HistoricalSpaces implements ViewsAsOf, ViewsAtPositions {

    private static final String FAMILY = "asof";
    private static final int KEPT = 3;
    private static final Logger log = LoggerFactory.getLogger(HistoricalSpaces.class);

    private final Replayer replayer;
    private final ReadModelSpace space;
    private final Positions positions;
    private final Checkpoints checkpoints;
    private final Clock clock;
    /** By the positions they hold, the prefixes of the spaces kept, least recently used first. */
    private final LinkedHashMap<String, String> kept = new LinkedHashMap<>(8, 0.75f, true);

    private long built;

    HistoricalSpaces(
            Replayer replayer, ReadModelSpace space, Positions positions, Checkpoints checkpoints, Clock clock) {
        this.replayer = replayer;
        this.space = space;
        this.positions = positions;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    /** Forgets every space kept and every checkpoint, as a rebuild must: they were made by the code before it. */
    public void reset() {
        synchronized (kept) {
            kept.values().forEach(space::drop);
            kept.clear();
            checkpoints.reset();
        }
    }

    /** The spaces of an earlier run are not known to this one. */
    @EventListener(ApplicationReadyEvent.class)
    public void dropEarlierSpaces() {
        space.dropLeftovers(FAMILY, null);
    }

    @Override
    public <T> Answer<T> answer(@Nullable Instant asOf, Supplier<T> view) {
        if (asOf == null) {
            // read first: the view then reflects at least these positions
            List<Positions.Position> now = positions.current();
            return new Answer<>(view.get(), null, now);
        }
        if (asOf.isAfter(clock.instant())) {
            throw new AsOfInFuture("asOf", asOf);
        }
        Map<String, Map<Integer, Long>> then = replayer.positionsAt(asOf);
        // one at a time, so a space is never dropped while another answer reads it
        synchronized (kept) {
            String prefix = spaceAt(then, (done, total) -> {});
            return new Answer<>(space.within(prefix, view), asOf, Positions.list(then));
        }
    }

    @Override
    public Map<String, Map<Integer, Long>> positionsAt(Instant instant) {
        return replayer.positionsAt(instant);
    }

    @Override
    public <T> T at(Map<String, Map<Integer, Long>> positions, Supplier<T> view, ReplayProgress progress) {
        synchronized (kept) {
            return space.within(spaceAt(positions, progress), view);
        }
    }

    // how many records lie between the checkpoint's positions and the wanted ones (an upper bound: compaction and
    // transaction markers leave gaps)
    private static long between(Map<String, Map<Integer, Long>> from, Map<String, Map<Integer, Long>> to) {
        long records = 0;
        for (var topic : to.entrySet()) {
            for (var partition : topic.getValue().entrySet()) {
                long start = from.getOrDefault(topic.getKey(), Map.of()).getOrDefault(partition.getKey(), 0L);
                records += Math.max(0, partition.getValue() - start);
            }
        }
        return records;
    }

    /** The space holding exactly the events before the positions, built if it is not kept. */
    private String spaceAt(Map<String, Map<Integer, Long>> then, ReplayProgress progress) {
        String key = Positions.list(then).toString();
        String prefix = kept.get(key);
        if (prefix != null) {
            progress.replayed(0, 0);
            return prefix;
        }
        prefix = FAMILY + clock.millis() + "n" + (++built) + "_";
        // the nearest checkpoint before the instant, and the events after it; without one, all of them
        long start = System.nanoTime();
        Map<String, Map<Integer, Long>> from = checkpoints.copyNearest(then, prefix);
        long copied = System.nanoTime();
        LongAdder events = new LongAdder();
        long total = between(from, then);
        progress.replayed(0, total);
        replayer.replay(prefix, from, then, records -> {
            events.add(records);
            progress.replayed(events.sum(), total);
        });
        log.info(
                "As-of space {}: checkpoint copied in {} ms, {} events replayed in {} ms",
                prefix,
                (copied - start) / 1_000_000,
                events.sum(),
                (System.nanoTime() - copied) / 1_000_000);
        kept.put(key, prefix);
        if (kept.size() > KEPT) {
            var eldest = kept.entrySet().iterator().next();
            kept.remove(eldest.getKey());
            space.drop(eldest.getValue());
        }
        return prefix;
    }
}
