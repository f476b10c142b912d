package de.msh.reporting.milestones.domain;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One milestone as the events told it: the first plan (baseline), the current forecast, the day it was reached, or
 * that it was closed without being reached; and its trend, the forecast as it stood after each day on which it was
 * planned, replanned or reached (for a milestone trend analysis), oldest first.
 */
public record MilestoneRow(
        String projectId,
        String milestoneId,
        String title,
        String kind,
        LocalDate baselineOn,
        LocalDate forecastOn,
        @Nullable LocalDate achievedOn,
        boolean closed,
        List<TrendPoint> trend) {

    /** On {@code recordedOn} (Europe/Berlin) the milestone was expected on {@code forecastOn}. */
    public record TrendPoint(LocalDate recordedOn, LocalDate forecastOn) {}

    public MilestoneRow {
        trend = List.copyOf(trend);
    }

    /** A row without a recorded trend. */
    public MilestoneRow(
            String projectId,
            String milestoneId,
            String title,
            String kind,
            LocalDate baselineOn,
            LocalDate forecastOn,
            @Nullable LocalDate achievedOn,
            boolean closed) {
        this(projectId, milestoneId, title, kind, baselineOn, forecastOn, achievedOn, closed, List.of());
    }

    /** The day it was reached, or else its forecast; as in the milestones service. */
    public LocalDate expectedOn() {
        return achievedOn != null ? achievedOn : forecastOn;
    }

    public long slippageDays() {
        return java.time.temporal.ChronoUnit.DAYS.between(baselineOn, expectedOn());
    }

    /** Whether health and status reports count it: not closed, and not one of the office's own events. */
    public boolean counted() {
        return !closed && !"EVENT".equals(kind);
    }

    /** Not reached, and its forecast lies before the day. */
    public boolean missedOn(LocalDate day) {
        return achievedOn == null && forecastOn.isBefore(day);
    }

    /** Not reached, and its forecast lies from the day through the given number of days after it. */
    public boolean dueWithin(LocalDate day, int days) {
        return achievedOn == null && !forecastOn.isBefore(day) && !forecastOn.isAfter(day.plusDays(days));
    }
}
