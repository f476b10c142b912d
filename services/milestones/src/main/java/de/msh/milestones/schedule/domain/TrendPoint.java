package de.msh.milestones.schedule.domain;

import java.time.LocalDate;

/**
 * The forecast a milestone had on a reporting date: one point of a milestone trend analysis (Meilensteintrendanalyse).
 */
public record TrendPoint(LocalDate reportedOn, LocalDate forecastOn) {}
