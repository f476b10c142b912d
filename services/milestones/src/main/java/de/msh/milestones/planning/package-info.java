/** Milestones that plan themselves from project phases and grants, and are reached or closed by them. */
@NullMarked
package de.msh.milestones.planning;

import org.jspecify.annotations.NullMarked;
