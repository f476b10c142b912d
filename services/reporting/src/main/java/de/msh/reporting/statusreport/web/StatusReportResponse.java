package de.msh.reporting.statusreport.web;

import de.msh.reporting.statusreport.domain.ReportFormat;
import de.msh.reporting.statusreport.domain.ReportPosition;
import de.msh.reporting.statusreport.domain.StatusReport;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A report with its figures, what the manager wrote, its state, the positions it reflects and its files. */
record StatusReportResponse(
        String id,
        String state,
        Instant asOf,
        List<ReportPosition> positions,
        StatusReportContent content,
        @Nullable String assessment,
        @Nullable String risks,
        String createdBy,
        Instant createdAt,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt,
        List<String> files,
        long revision) {

    static StatusReportResponse of(StatusReport report) {
        return new StatusReportResponse(
                report.id(),
                report.state().name(),
                report.asOf(),
                report.positions(),
                report.content(),
                report.assessment(),
                report.risks(),
                report.createdBy(),
                report.createdAt(),
                report.publishedBy(),
                report.publishedAt(),
                files(report),
                report.revision());
    }

    private static List<String> files(StatusReport report) {
        return Arrays.stream(ReportFormat.values())
                .filter(report.files()::containsKey)
                .map(ReportFormat::suffix)
                .toList();
    }

    /** A report in the list: what it covers, when, its light and state, and the positions it reflects. */
    record Summary(
            String id,
            String title,
            String scope,
            @Nullable String key,
            Instant asOf,
            String light,
            String state,
            List<ReportPosition> positions,
            int catalogueVersion,
            int rulesVersion,
            String createdBy,
            Instant createdAt,
            @Nullable String publishedBy,
            @Nullable Instant publishedAt,
            long revision) {

        static Summary of(StatusReport report) {
            StatusReportContent content = report.content();
            return new Summary(
                    report.id(),
                    content.title(),
                    report.scope().kind().name(),
                    report.scope().key(),
                    report.asOf(),
                    content.light().name(),
                    report.state().name(),
                    report.positions(),
                    content.catalogueVersion(),
                    content.rulesVersion(),
                    report.createdBy(),
                    report.createdAt(),
                    report.publishedBy(),
                    report.publishedAt(),
                    report.revision());
        }
    }
}
