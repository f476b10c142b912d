/**
 * Milestones in the portal: what is late or at risk across the portfolio, and a project's milestones with plan,
 * re-plan and reach, and its milestone trend analysis drawn from a table.
 */
@NullMarked
package de.msh.portal.milestones;

import org.jspecify.annotations.NullMarked;
