package de.msh.platform.demo;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Loads a service's demo data in the background once it is ready, and tries again every 3 s until {@link #load()}
 * says it is all in: what the data refers to (the demo projects) is announced by other services only as they start.
 * A loader must be idempotent, since every start runs it again.
 */
public abstract class DemoLoader {

    private static final int ATTEMPTS = 100;
    private static final long PAUSE_SECONDS = 3;

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final String what;
    private final ScheduledExecutorService scheduler;
    private int attempts;

    /** @param what the data in words, for the log (e.g. {@code demo grants}); also names the loader's thread */
    protected DemoLoader(String what) {
        this.what = what;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, what.replace(' ', '-'));
            thread.setDaemon(true);
            return thread;
        });
    }

    /** True once everything is in; false while something it refers to is not there yet. */
    protected abstract boolean load();

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        scheduler.execute(this::tryLoad);
    }

    @PreDestroy
    public void stop() {
        scheduler.shutdownNow();
    }

    private void tryLoad() {
        try {
            if (load()) {
                return;
            }
            if (++attempts < ATTEMPTS) {
                scheduler.schedule(this::tryLoad, PAUSE_SECONDS, TimeUnit.SECONDS);
            } else {
                log.warn("Demo data: what the {} refer to never arrived; they are not loaded", what);
            }
        } catch (RuntimeException e) {
            log.warn("Demo data: loading the {} failed; not retried", what, e);
        }
    }
}
