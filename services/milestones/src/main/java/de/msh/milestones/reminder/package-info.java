/**
 * Reminders by e-mail: before a deadline and when it is missed, to the people responsible, each exactly once (the
 * platform's started/done record of side effects).
 */
@NullMarked
package de.msh.milestones.reminder;

import org.jspecify.annotations.NullMarked;
