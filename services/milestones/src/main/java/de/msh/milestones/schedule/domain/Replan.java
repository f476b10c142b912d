package de.msh.milestones.schedule.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One re-plan of a milestone: who moved the forecast from when to when, and why. Append-only. */
public record Replan(Instant at, String by, LocalDate from, LocalDate to, String reason) {}
