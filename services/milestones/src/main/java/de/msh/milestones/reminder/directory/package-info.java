/** Reads the staff directory of the auth server with the machine client's token. */
@NullMarked
package de.msh.milestones.reminder.directory;

import org.jspecify.annotations.NullMarked;
