package de.msh.reporting.milestones.domain;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A missed or upcoming milestone, with where it belongs in the portfolio. */
public record Deadline(
        String projectId,
        @Nullable String project,
        @Nullable String strategicField,
        @Nullable String projectManager,
        String milestoneId,
        String title,
        String kind,
        LocalDate baselineOn,
        LocalDate forecastOn,
        long slippageDays) {}
