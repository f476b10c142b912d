/** Runs the reminders now, besides their scheduled runs. */
@NullMarked
package de.msh.milestones.reminder.web;

import org.jspecify.annotations.NullMarked;
