/** The grant rows in MongoDB, each change one sequence-guarded write. */
@NullMarked
package de.msh.reporting.money.persistence;

import org.jspecify.annotations.NullMarked;
