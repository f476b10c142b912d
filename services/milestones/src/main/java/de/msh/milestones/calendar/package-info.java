/** Upcoming milestones as an iCalendar feed (RFC 5545) behind a revocable secret address per person. */
@NullMarked
package de.msh.milestones.calendar;

import org.jspecify.annotations.NullMarked;
