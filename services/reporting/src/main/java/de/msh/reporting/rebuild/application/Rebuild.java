package de.msh.reporting.rebuild.application;

import de.msh.reporting.asof.application.HistoricalSpaces;
import de.msh.reporting.feed.Replayer;
import de.msh.reporting.space.ReadModelSpace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds every read model from offset zero into a new space, on its own thread, while the active space keeps
 * answering and the live consumers keep filling it. When the new space has caught up it becomes the active one;
 * a last pass then applies what the live consumers wrote into the old space meanwhile (every write is
 * sequence-guarded, so what both saw counts once), and the old space is dropped, with the spaces and checkpoints of
 * "as of" answers, which the code before the rebuild made.
 */
@Service
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    /** Passes before the swap; each reads what arrived during the one before, so they get shorter. */
    private static final int CATCH_UP_PASSES = 3;

    private final Replayer replayer;
    private final ReadModelSpace space;
    private final HistoricalSpaces history;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reporting-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile RebuildStatus status = RebuildStatus.NONE;

    Rebuild(Replayer replayer, ReadModelSpace space, HistoricalSpaces history, Clock clock) {
        this.replayer = replayer;
        this.space = space;
        this.history = history;
        this.clock = clock;
    }

    /** Starts a rebuild; refused while one runs. */
    public synchronized RebuildStatus start(String by) {
        if (status.running()) {
            throw new RebuildRunning(String.valueOf(status.startedBy()));
        }
        Instant started = clock.instant();
        String prefix = "rb" + started.toEpochMilli() + "_";
        status = new RebuildStatus("RUNNING", prefix, by, started, null, 0, 0, null);
        RebuildStatus running = status;
        worker.execute(() -> run(running));
        return running;
    }

    public RebuildStatus status() {
        return status;
    }

    private void run(RebuildStatus running) {
        String prefix = running.space();
        AtomicLong events = new AtomicLong();
        try {
            space.dropLeftovers("rb", prefix);
            Map<String, Map<Integer, Long>> reached = Map.of();
            for (int pass = 0; pass < CATCH_UP_PASSES; pass++) {
                reached = replayer.replay(prefix, reached, null, read -> progressed(running, events.addAndGet(read)));
            }
            String replaced = space.activate(prefix);
            replayer.replay(prefix, reached, null, read -> progressed(running, events.addAndGet(read)));
            Instant replayed = clock.instant();
            space.drop(replaced);
            history.reset();
            Instant finished = clock.instant();
            long millis =
                    Math.max(1, Duration.between(running.startedAt(), finished).toMillis());
            status = new RebuildStatus(
                    "DONE",
                    prefix,
                    running.startedBy(),
                    running.startedAt(),
                    finished,
                    events.get(),
                    events.get() * 1000 / millis,
                    null);
            log.info(
                    "Rebuilt the read models from {} events in {} ms into space '{}' (of which {} ms dropping the old"
                            + " space, the checkpoints and the as-of spaces)",
                    events.get(),
                    millis,
                    prefix,
                    Duration.between(replayed, finished).toMillis());
        } catch (RuntimeException failure) {
            log.error("The rebuild into space '{}' failed; the active space is unchanged", prefix, failure);
            status = new RebuildStatus(
                    "FAILED",
                    prefix,
                    running.startedBy(),
                    running.startedAt(),
                    clock.instant(),
                    events.get(),
                    0,
                    String.valueOf(failure.getMessage()));
        }
    }

    private void progressed(RebuildStatus running, long read) {
        status = new RebuildStatus(
                "RUNNING", running.space(), running.startedBy(), running.startedAt(), null, read, 0, null);
    }
}
