package de.msh.portal.milestones;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The milestones service as the portal uses it; its answers read tolerantly (unknown fields are ignored). */
@HttpExchange("/api/milestones")
public interface MilestonesClient {

    @GetExchange
    List<Milestone> list(@RequestParam MultiValueMap<String, String> query);

    @GetExchange("/projects/{projectId}")
    Schedule schedule(@PathVariable String projectId);

    @PostExchange("/projects/{projectId}")
    Milestone plan(
            @PathVariable String projectId, @RequestBody Plan body, @RequestHeader("Idempotency-Key") String key);

    @PostExchange("/projects/{projectId}/{milestoneId}/replan")
    Schedule replan(
            @PathVariable String projectId,
            @PathVariable String milestoneId,
            @RequestBody Replan body,
            @RequestHeader("Idempotency-Key") String key);

    @PostExchange("/projects/{projectId}/{milestoneId}/achieve")
    Schedule achieve(
            @PathVariable String projectId,
            @PathVariable String milestoneId,
            @RequestBody Achieve body,
            @RequestHeader("Idempotency-Key") String key);

    /** A new secret address for the person's calendar feed; the old one stops working. */
    @PostExchange("/calendar/token")
    FeedAddress newFeed();

    @org.springframework.web.service.annotation.DeleteExchange("/calendar/token")
    void revokeFeed();

    /** @param path the feed's address under the milestones service */
    record FeedAddress(String token, String path) {}

    record Plan(String title, String kind, LocalDate on) {}

    record Replan(LocalDate to, String reason, @Nullable Long revision) {}

    record Achieve(@Nullable LocalDate on, @Nullable Long revision) {}

    record Schedule(
            String projectId,
            long revision,
            boolean projectCancelled,
            LocalDate today,
            long slippageDays,
            List<Milestone> milestones) {

        /** A day as the trend chart draws it: days since 1970 (its axes are numbers; the table gives the dates). */
        public String chartDay(LocalDate day) {
            return String.valueOf(ChronoUnit.DAYS.between(LocalDate.EPOCH, day));
        }

        /** The reporting dates of every milestone's trend, oldest first: the x axis of the trend analysis. */
        public List<LocalDate> reportingDates() {
            return milestones.stream()
                    .flatMap(m -> m.trend().stream())
                    .map(TrendPoint::reportedOn)
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    record Milestone(
            String id,
            String projectId,
            String title,
            String kind,
            LocalDate baselineOn,
            LocalDate forecastOn,
            @Nullable LocalDate achievedOn,
            String status,
            long slippageDays,
            List<String> brokenDependencies,
            @Nullable String rule,
            @Nullable String closedReason,
            List<Replan> replans,
            List<TrendPoint> trend) {

        public boolean open() {
            return !"ACHIEVED".equals(status) && !"CLOSED".equals(status);
        }

        /** The forecast it had on a reporting date: its last trend point on or before it; null before it was planned. */
        public @Nullable LocalDate forecastOn(LocalDate reportedOn) {
            LocalDate forecast = null;
            for (TrendPoint point : trend) {
                if (!point.reportedOn().isAfter(reportedOn)) {
                    forecast = point.forecastOn();
                }
            }
            return forecast;
        }

        public record Replan(Instant at, String by, LocalDate from, LocalDate to, String reason) {}
    }

    record TrendPoint(LocalDate reportedOn, LocalDate forecastOn) {}
}
