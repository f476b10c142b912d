/** What the projects and funding topics change on the schedules. */
@NullMarked
package de.msh.milestones.planning.messaging;

import org.jspecify.annotations.NullMarked;
