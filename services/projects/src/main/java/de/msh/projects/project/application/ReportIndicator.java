package de.msh.projects.project.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Report what a project has achieved in total on one Masterplan indicator by a day.
 *
 * @param evidence what proves it, e.g. an acceptance record or a count by the Träger
 */
public record ReportIndicator(String indicator, BigDecimal value, LocalDate achievedOn, String evidence, String by) {}
