/**
 * The Masterplan 2038: its catalogue of indicators per strategic field (versioned reference data the office edits),
 * what projects plan and report on them, and the progress and forecast per indicator.
 */
@NullMarked
package de.msh.reporting.masterplan;

import org.jspecify.annotations.NullMarked;
