package de.msh.reporting.statusreport.web;

import de.msh.reporting.statusreport.application.StatusReportService;
import de.msh.reporting.statusreport.domain.ReportFormat;
import de.msh.reporting.statusreport.domain.ReportNotFound;
import de.msh.reporting.statusreport.domain.ReportScope;
import de.msh.reporting.statusreport.domain.StatusReport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Status reports: drafted, assessed and published by managers, the steering office and admins; read by all staff. */
@RestController
@RequestMapping("/api/reporting/status-reports")
class StatusReportController {

    static final String WRITERS = "hasAnyRole('manager', 'steering', 'admin')";

    private final StatusReportService reports;

    StatusReportController(StatusReportService reports) {
        this.reports = reports;
    }

    /** @param asOf the instant the report speaks of; now if absent */
    record Draft(
            @NotNull ReportScope.Kind scope,
            @Nullable @Size(max = 60) String key,
            @Nullable Instant asOf) {}

    record Assessment(
            @Nullable @Size(max = 10_000) String assessment,
            @Nullable @Size(max = 10_000) String risks,
            @NotNull @PositiveOrZero Long revision) {}

    record Publication(@NotNull @PositiveOrZero Long revision) {}

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<StatusReportResponse> draft(@Valid @RequestBody Draft draft, Authentication user) {
        StatusReport report = reports.draft(new ReportScope(draft.scope(), draft.key()), draft.asOf(), user.getName());
        return ResponseEntity.created(URI.create("/api/reporting/status-reports/" + report.id()))
                .body(StatusReportResponse.of(report));
    }

    @GetMapping
    List<StatusReportResponse.Summary> all() {
        return reports.all().stream().map(StatusReportResponse.Summary::of).toList();
    }

    @GetMapping("/{id}")
    StatusReportResponse get(@PathVariable @Size(max = 60) String id) {
        return StatusReportResponse.of(reports.get(id));
    }

    @PutMapping("/{id}/assessment")
    @PreAuthorize(WRITERS)
    StatusReportResponse assess(@PathVariable @Size(max = 60) String id, @Valid @RequestBody Assessment assessment) {
        return StatusReportResponse.of(
                reports.assess(id, assessment.revision(), assessment.assessment(), assessment.risks()));
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize(WRITERS)
    StatusReportResponse publish(
            @PathVariable @Size(max = 60) String id, @Valid @RequestBody Publication publication, Authentication user) {
        return StatusReportResponse.of(reports.publish(id, publication.revision(), user.getName()));
    }

    /** The figures computed again at the report's event positions, and whether they equal the stored ones. */
    @GetMapping("/{id}/reproduction")
    StatusReportService.Reproduction reproduce(@PathVariable @Size(max = 60) String id) {
        return reports.reproduce(id);
    }

    /** A file of the report: {@code xlsx}, {@code projekte.csv}, {@code meilensteine.csv}, {@code indikatoren.csv}. */
    @GetMapping("/{id}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable @Size(max = 60) String id, @PathVariable @Size(max = 30) String name) {
        ReportFormat format = Arrays.stream(ReportFormat.values())
                .filter(f -> f.suffix().equals(name))
                .findFirst()
                .orElseThrow(() -> new ReportNotFound(id + " as " + name));
        StatusReportService.ReportFile file = reports.file(id, format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename())
                                .build()
                                .toString())
                .body(file.bytes());
    }
}
