/**
 * Milestone health, from {@code msh.milestones.events}: on-time rate, slippage, missed and upcoming deadlines, in all,
 * per strategic field and per project manager, as of any instant.
 */
@NullMarked
package de.msh.reporting.milestones;

import org.jspecify.annotations.NullMarked;
