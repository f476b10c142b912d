package de.msh.reporting.milestones.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One milestone as the events told it: the first plan (baseline), the current forecast, the day it was reached, or
 * that it was closed without being reached.
 */
public record MilestoneRow(
        String projectId,
        String milestoneId,
        String title,
        String kind,
        LocalDate baselineOn,
        LocalDate forecastOn,
        @Nullable LocalDate achievedOn,
        boolean closed) {

    /** The day it was reached, or else its forecast; as in the milestones service. */
    public LocalDate expectedOn() {
        return achievedOn != null ? achievedOn : forecastOn;
    }

    public long slippageDays() {
        return java.time.temporal.ChronoUnit.DAYS.between(baselineOn, expectedOn());
    }
}
