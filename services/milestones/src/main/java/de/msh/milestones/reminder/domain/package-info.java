/** Which milestone is due a reminder, who gets it, and what it says (German). */
@NullMarked
package de.msh.milestones.reminder.domain;

import org.jspecify.annotations.NullMarked;
