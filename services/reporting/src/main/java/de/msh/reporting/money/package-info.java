/** The money read model: one row per grant, fed by the funding topic; sums by programme, period and project. */
@NullMarked
package de.msh.reporting.money;

import org.jspecify.annotations.NullMarked;
