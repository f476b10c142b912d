package de.msh.portal.portfolio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One project with its reports and whole history, oldest first ({@code ProjectDetailsResponse}). */
public record ProjectDetails(
        Project project,
        @Nullable String heldIn,
        @Nullable List<IndicatorReport> indicatorReports,
        @Nullable List<HistoryEntry> history) {

    public List<IndicatorReport> reports() {
        return indicatorReports == null ? List.of() : indicatorReports;
    }

    /** Newest first, as people read a history. */
    public List<HistoryEntry> newestFirst() {
        List<HistoryEntry> entries = new ArrayList<>(history == null ? List.of() : history);
        Collections.reverse(entries);
        return entries;
    }

    public record IndicatorReport(
            String indicator,
            String unit,
            BigDecimal value,
            LocalDate achievedOn,
            String evidence,
            String reportedBy,
            Instant reportedAt) {}

    public record HistoryEntry(
            Instant at,
            String by,
            String action,
            String detail,
            @Nullable String reason) {}
}
