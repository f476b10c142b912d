/** The schedules' indexes. */
@NullMarked
package de.msh.milestones.schedule.persistence;

import org.jspecify.annotations.NullMarked;
