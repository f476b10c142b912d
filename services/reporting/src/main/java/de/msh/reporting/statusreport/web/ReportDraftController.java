package de.msh.reporting.statusreport.web;

import de.msh.reporting.statusreport.application.ReportDrafts;
import de.msh.reporting.statusreport.domain.ReportNotFound;
import de.msh.reporting.statusreport.domain.ReportScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Drafts computed in the background: {@code POST} answers 202 at once with where to watch it; {@code GET /{id}} tells
 * the step, how far into it, and once done the report's id (the draft's) or why it failed.
 */
@RestController
@RequestMapping("/api/reporting/status-report-drafts")
class ReportDraftController {

    private final ReportDrafts drafts;

    ReportDraftController(ReportDrafts drafts) {
        this.drafts = drafts;
    }

    /** @param label the step in German; {@code percent} how far into it, absent where it is not counted */
    record ProgressResponse(
            String id,
            String state,
            String step,
            String label,
            long done,
            long total,
            @Nullable Integer percent,
            @Nullable String problem,
            @Nullable String detail) {

        static ProgressResponse of(ReportDrafts.Progress p) {
            return new ProgressResponse(
                    p.id(),
                    p.state().name(),
                    p.step().name(),
                    p.step().label(),
                    p.done(),
                    p.total(),
                    p.total() <= 0 ? null : (int) Math.min(100, 100 * p.done() / p.total()),
                    p.problem(),
                    p.detail());
        }
    }

    @PostMapping
    @PreAuthorize(StatusReportController.WRITERS)
    ResponseEntity<ProgressResponse> start(
            @Valid @RequestBody StatusReportController.Draft draft, Authentication user) {
        var progress = drafts.start(new ReportScope(draft.scope(), draft.key()), draft.asOf(), user.getName());
        return ResponseEntity.accepted()
                .location(URI.create("/api/reporting/status-report-drafts/" + progress.id()))
                .body(ProgressResponse.of(progress));
    }

    @GetMapping("/{id}")
    ProgressResponse progress(@PathVariable @Size(max = 60) String id) {
        return ProgressResponse.of(drafts.progress(id).orElseThrow(() -> new ReportNotFound("draft " + id)));
    }
}
