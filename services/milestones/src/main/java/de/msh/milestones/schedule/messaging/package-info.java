/** What other contexts' events change on the schedules. */
@NullMarked
package de.msh.milestones.schedule.messaging;

import org.jspecify.annotations.NullMarked;
