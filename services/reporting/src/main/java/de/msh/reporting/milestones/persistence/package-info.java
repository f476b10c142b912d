/** Schedule rows in MongoDB: one per project, sequence-guarded, leaves only. */
@NullMarked
package de.msh.reporting.milestones.persistence;

import org.jspecify.annotations.NullMarked;
