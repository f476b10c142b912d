/** The reminder run: hourly in office hours and on demand, each reminder sent once. */
@NullMarked
package de.msh.milestones.reminder.application;

import org.jspecify.annotations.NullMarked;
