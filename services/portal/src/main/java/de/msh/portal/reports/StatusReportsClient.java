package de.msh.portal.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** Reporting's status reports as the portal uses them; every write carries the form's idempotency key. */
@HttpExchange("/api/reporting/status-reports")
public interface StatusReportsClient {

    @GetExchange
    List<Summary> list();

    @GetExchange("/{id}")
    Report get(@PathVariable String id);

    @PutExchange("/{id}/assessment")
    Report assess(
            @PathVariable String id, @RequestBody Assessment assessment, @RequestHeader("Idempotency-Key") String key);

    @PostExchange("/{id}/publication")
    Report publish(
            @PathVariable String id,
            @RequestBody Publication publication,
            @RequestHeader("Idempotency-Key") String key);

    @GetExchange("/{id}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String name);

    record Draft(
            String scope, @Nullable String key, @Nullable Instant asOf) {}

    record Assessment(@Nullable String assessment, @Nullable String risks, long revision) {}

    record Publication(long revision) {}

    record Position(String topic, int partition, long offset) {}

    record Summary(
            String id,
            String title,
            String scope,
            @Nullable String key,
            Instant asOf,
            String light,
            String state,
            List<Position> positions,
            int catalogueVersion,
            int rulesVersion,
            String createdBy,
            Instant createdAt,
            @Nullable String publishedBy,
            @Nullable Instant publishedAt,
            long revision) {

        public boolean published() {
            return "PUBLISHED".equals(state);
        }
    }

    record Report(
            String id,
            String state,
            Instant asOf,
            List<Position> positions,
            Content content,
            @Nullable String assessment,
            @Nullable String risks,
            String createdBy,
            Instant createdAt,
            @Nullable String publishedBy,
            @Nullable Instant publishedAt,
            List<String> files,
            long revision) {

        public boolean published() {
            return "PUBLISHED".equals(state);
        }
    }

    record Content(
            String title,
            LocalDate on,
            String light,
            List<String> reasons,
            List<ProjectStatus> projects,
            List<MilestoneLine> milestones,
            Money money,
            List<IndicatorLine> indicators,
            int catalogueVersion,
            int rulesVersion,
            @Nullable Invkg invkg) {}

    /** A report under § 8 InvKG: its period, due day, notes, sums per investment area and measures. */
    record Invkg(
            String period,
            String label,
            LocalDate from,
            LocalDate to,
            LocalDate dueOn,
            List<String> notes,
            String completion,
            List<AreaLine> areas,
            List<MeasureLine> measures) {}

    record AreaLine(
            @Nullable Integer number,
            String name,
            int measures,
            BigDecimal eligibleCosts,
            BigDecimal federalAmount,
            BigDecimal coFinancing,
            BigDecimal received,
            BigDecimal used,
            int incomplete) {}

    /** A measure; an absent value was not recorded. */
    record MeasureLine(
            @Nullable String measure,
            @Nullable String phase,
            @Nullable String fileNumber,
            @Nullable String recipient,
            @Nullable Integer areaNumber,
            @Nullable String area,
            @Nullable BigDecimal eligibleCosts,
            @Nullable BigDecimal federalAmount,
            @Nullable BigDecimal rate,
            @Nullable BigDecimal coFinancing,
            @Nullable LocalDate completedOn,
            BigDecimal received,
            BigDecimal disbursed,
            @Nullable BigDecimal used,
            @Nullable LocalDate proofAcceptedOn) {}

    record Money(
            BigDecimal granted,
            BigDecimal called,
            BigDecimal received,
            BigDecimal passedOn,
            BigDecimal proven,
            BigDecimal open) {}

    record ProjectStatus(
            String projectId,
            @Nullable String code,
            @Nullable String title,
            @Nullable String strategicField,
            @Nullable String phase,
            @Nullable String projectManager,
            String light,
            List<String> reasons,
            int milestones,
            int missed,
            int atRisk,
            Money money) {}

    record MilestoneLine(
            String projectId,
            @Nullable String project,
            String title,
            String kind,
            LocalDate baselineOn,
            LocalDate forecastOn,
            @Nullable LocalDate achievedOn,
            String status,
            long slippageDays) {}

    record IndicatorLine(
            String field,
            String key,
            String name,
            String unit,
            BigDecimal baselineValue,
            BigDecimal value,
            @Nullable BigDecimal target2038,
            String assessment,
            @Nullable Integer reachesFinalTargetIn) {}
}
