package de.msh.reporting.milestones.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Milestone health on a day (Europe/Berlin): in all, per strategic field and per project manager, with the missed
 * and the upcoming deadlines, each sorted by forecast.
 */
public record MilestoneHealthView(
        LocalDate on,
        int upcomingDays,
        Health total,
        List<Health> byField,
        List<Health> byManager,
        List<Deadline> missed,
        List<Deadline> upcoming) {}
