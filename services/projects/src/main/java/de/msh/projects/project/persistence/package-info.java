/** Indexes and queries on the projects collection beyond the repository. */
@NullMarked
package de.msh.projects.project.persistence;

import org.jspecify.annotations.NullMarked;
