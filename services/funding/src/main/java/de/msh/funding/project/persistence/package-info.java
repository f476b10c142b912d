/** The known projects in MongoDB, one row per project written in event order. */
@NullMarked
package de.msh.funding.project.persistence;

import org.jspecify.annotations.NullMarked;
