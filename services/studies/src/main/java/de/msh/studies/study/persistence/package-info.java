/** Study queries and indexes in MongoDB. */
@NullMarked
package de.msh.studies.study.persistence;

import org.jspecify.annotations.NullMarked;
