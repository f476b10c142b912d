/** Reads the planning rules from reference data. */
@NullMarked
package de.msh.milestones.planning.persistence;

import org.jspecify.annotations.NullMarked;
