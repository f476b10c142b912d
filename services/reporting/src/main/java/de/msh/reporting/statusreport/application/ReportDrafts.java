package de.msh.reporting.statusreport.application;

import de.msh.platform.rule.InvalidInput;
import de.msh.reporting.statusreport.application.DraftProgress.Step;
import de.msh.reporting.statusreport.domain.ReportScope;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Drafts computed in the background, one at a time, so a large report does not hold a request open and its author
 * can watch it come: each draft's step and how far into it. What would be refused is refused before it starts. The
 * progress is held in this instance's memory (reporting runs as one instance) and forgotten an hour after the draft
 * ended; a draft whose process died is simply not there, and is drafted again.
 */
@Service
public class ReportDrafts {

    private static final Logger log = LoggerFactory.getLogger(ReportDrafts.class);
    private static final Duration KEPT = Duration.ofHours(1);

    private final StatusReportService reports;
    private final Clock clock;
    private final Map<String, Running> drafts = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "report-drafts");
        thread.setDaemon(true);
        return thread;
    });

    ReportDrafts(StatusReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** The state of a draft: its step, how far into it, and, once done, its report or why it failed. */
    public record Progress(
            String id,
            State state,
            Step step,
            long done,
            long total,
            @Nullable String problem,
            @Nullable String detail) {

        public enum State {
            RUNNING,
            DONE,
            FAILED
        }
    }

    /** Starts a draft; the report it makes will have the returned id. */
    public Progress start(ReportScope scope, @Nullable Instant asOf, String by) {
        reports.check(scope, asOf);
        prune();
        Running draft = new Running(UUID.randomUUID().toString());
        drafts.put(draft.id, draft);
        worker.submit(() -> run(draft, scope, asOf, by));
        return draft.progress();
    }

    /** Where the draft stands; a draft no longer held here is done if its report exists. */
    public Optional<Progress> progress(String id) {
        Running draft = drafts.get(id);
        if (draft != null) {
            return Optional.of(draft.progress());
        }
        return reports.exists(id)
                ? Optional.of(new Progress(id, Progress.State.DONE, Step.DONE, 0, 0, null, null))
                : Optional.empty();
    }

    private void run(Running draft, ReportScope scope, @Nullable Instant asOf, String by) {
        try {
            reports.draft(draft.id, scope, asOf, by, draft);
            draft.finished(null, null);
        } catch (InvalidInput refused) {
            draft.finished(refused.problem(), refused.getMessage());
        } catch (RuntimeException e) {
            log.error("Draft {} of {} failed", draft.id, scope, e);
            draft.finished("draft-failed", e.getMessage());
        }
    }

    private void prune() {
        Instant before = clock.instant().minus(KEPT);
        drafts.values().removeIf(d -> d.endedAt != null && d.endedAt.isBefore(before));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** A draft on its way; written by the worker, read by requests. */
    private final class Running implements DraftProgress {

        final String id;
        volatile Step step = Step.QUEUED;
        volatile long done;
        volatile long total;
        volatile Progress.@Nullable State ended;
        volatile @Nullable String problem;
        volatile @Nullable String detail;
        volatile @Nullable Instant endedAt;

        Running(String id) {
            this.id = id;
        }

        @Override
        public synchronized void step(Step step, long done, long total) {
            this.step = step;
            this.done = done;
            this.total = total;
        }

        synchronized void finished(@Nullable String problem, @Nullable String detail) {
            this.problem = problem;
            this.detail = detail;
            this.ended = problem == null ? Progress.State.DONE : Progress.State.FAILED;
            if (problem == null) {
                step = Step.DONE;
            }
            endedAt = clock.instant();
        }

        synchronized Progress progress() {
            return new Progress(id, ended == null ? Progress.State.RUNNING : ended, step, done, total, problem, detail);
        }
    }
}
