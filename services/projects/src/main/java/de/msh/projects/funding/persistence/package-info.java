/** The known grant decisions in MongoDB, one row per grant written in event order. */
@NullMarked
package de.msh.projects.funding.persistence;

import org.jspecify.annotations.NullMarked;
