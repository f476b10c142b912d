/** The published language of the milestones service: events on {@code msh.milestones.events}. */
@NullMarked
package de.msh.events.milestones;

import org.jspecify.annotations.NullMarked;
