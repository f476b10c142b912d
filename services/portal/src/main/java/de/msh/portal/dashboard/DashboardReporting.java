package de.msh.portal.dashboard;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** Reporting's views, now ({@code asOf} null) or as of an instant. */
@HttpExchange("/api/reporting")
public interface DashboardReporting {

    @GetExchange("/portfolio")
    Views.Portfolio portfolio(@RequestParam(required = false) @Nullable Instant asOf);

    @GetExchange("/money")
    Views.Money money(
            @RequestParam(required = false) @Nullable Instant asOf,
            @RequestParam(required = false) @Nullable String programme);

    @GetExchange("/milestones")
    Views.MilestoneHealth milestones(@RequestParam(required = false) @Nullable Instant asOf);

    @GetExchange("/masterplan/progress")
    Views.Progress progress(@RequestParam(required = false) @Nullable Instant asOf);
}
