/** The use cases on schedules, and who may change which milestones. */
@NullMarked
package de.msh.milestones.schedule.application;

import org.jspecify.annotations.NullMarked;
