/** The known studies in MongoDB, one row per study written in event order. */
@NullMarked
package de.msh.projects.study.persistence;

import org.jspecify.annotations.NullMarked;
