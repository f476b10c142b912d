/** Issuing, revoking and answering calendar feeds. */
@NullMarked
package de.msh.milestones.calendar.application;

import org.jspecify.annotations.NullMarked;
