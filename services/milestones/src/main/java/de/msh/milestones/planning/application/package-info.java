/** Plans, reaches and closes milestones as projects move and grants are decided, paid and proven. */
@NullMarked
package de.msh.milestones.planning.application;

import org.jspecify.annotations.NullMarked;
