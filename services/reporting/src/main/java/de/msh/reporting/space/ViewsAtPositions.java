package de.msh.reporting.space;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Views computed at fixed event positions, for what must give the same figures when computed again (status
 * reports): the same positions give the same answer, however many events came since.
 */
public interface ViewsAtPositions {

    /** Per topic and partition, the positions the broker had reached at the instant (every record stamped by then). */
    Map<String, Map<Integer, Long>> positionsAt(Instant instant);

    /** The view computed in a space that holds exactly the events before the positions. */
    default <T> T at(Map<String, Map<Integer, Long>> positions, Supplier<T> view) {
        return at(positions, view, (done, total) -> {});
    }

    /** As {@link #at(Map, Supplier)}, telling {@code progress} how far the replay into that space has come. */
    <T> T at(Map<String, Map<Integer, Long>> positions, Supplier<T> view, ReplayProgress progress);

    /** How many of the events a space needs are replayed; a space already kept needs none. */
    @FunctionalInterface
    interface ReplayProgress {
        void replayed(long done, long total);
    }
}
