package de.msh.projects.project.web;

import de.msh.projects.project.domain.IndicatorReport;
import de.msh.projects.project.domain.Project;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A report just recorded, with the project's revision after it. */
record IndicatorReportResponse(
        String indicator,
        String unit,
        BigDecimal value,
        LocalDate achievedOn,
        String evidence,
        String reportedBy,
        Instant reportedAt,
        long revision) {

    static IndicatorReportResponse ofLatest(Project project) {
        List<IndicatorReport> reports = project.indicatorReports();
        IndicatorReport report = reports.get(reports.size() - 1);
        return new IndicatorReportResponse(
                report.indicator(),
                report.unit(),
                report.value(),
                report.achievedOn(),
                report.evidence(),
                report.reportedBy(),
                report.reportedAt(),
                project.eventSequence());
    }
}
