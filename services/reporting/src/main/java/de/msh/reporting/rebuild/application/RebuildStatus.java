package de.msh.reporting.rebuild.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the last rebuild did.
 *
 * @param state {@code NONE} (none since start), {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param space the prefix of the space it fills
 * @param events the events read so far
 * @param perSecond events per second over the whole rebuild, once done
 */
public record RebuildStatus(
        String state,
        @Nullable String space,
        @Nullable String startedBy,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        long events,
        long perSecond,
        @Nullable String error) {

    static final RebuildStatus NONE = new RebuildStatus("NONE", null, null, null, null, 0, 0, null);

    public boolean running() {
        return "RUNNING".equals(state);
    }
}
