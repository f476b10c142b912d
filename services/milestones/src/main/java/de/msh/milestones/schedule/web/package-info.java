/** Milestones over HTTP under {@code /api/milestones}. */
@NullMarked
package de.msh.milestones.schedule.web;

import org.jspecify.annotations.NullMarked;
