/** The portfolio read model: one row per project, fed by the projects topic; counts by phase. */
@NullMarked
package de.msh.reporting.portfolio;

import org.jspecify.annotations.NullMarked;
