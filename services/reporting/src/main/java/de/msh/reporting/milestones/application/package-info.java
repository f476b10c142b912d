/** Applies milestones events to the rows and answers the health view. */
@NullMarked
package de.msh.reporting.milestones.application;

import org.jspecify.annotations.NullMarked;
