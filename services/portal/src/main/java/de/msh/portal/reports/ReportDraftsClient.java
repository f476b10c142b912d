package de.msh.portal.reports;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** Reporting's drafts in the background: started with the form's idempotency key, then watched. */
@HttpExchange("/api/reporting/status-report-drafts")
public interface ReportDraftsClient {

    @PostExchange
    Progress start(@RequestBody StatusReportsClient.Draft draft, @RequestHeader("Idempotency-Key") String key);

    @GetExchange("/{id}")
    Progress progress(@PathVariable String id);

    /**
     * Where a draft stands; its id is its report's.
     *
     * @param label the step in German
     * @param percent how far into the step; absent where it is not counted
     */
    record Progress(
            String id,
            String state,
            String step,
            String label,
            long done,
            long total,
            @Nullable Integer percent,
            @Nullable String problem,
            @Nullable String detail) {

        public boolean running() {
            return "RUNNING".equals(state);
        }

        public boolean failed() {
            return "FAILED".equals(state);
        }
    }
}
