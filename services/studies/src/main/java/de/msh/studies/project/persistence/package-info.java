/** The known projects in MongoDB, one row per project written in event order. */
@NullMarked
package de.msh.studies.project.persistence;

import org.jspecify.annotations.NullMarked;
