/** The known projects, one row per project written in event order. */
@NullMarked
package de.msh.milestones.project.persistence;

import org.jspecify.annotations.NullMarked;
