/** The rules by which milestones plan themselves: a phase template and the funding deadlines, with their sources. */
@NullMarked
package de.msh.milestones.planning.domain;

import org.jspecify.annotations.NullMarked;
