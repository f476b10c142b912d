/** The bulk import of a study catalogue: every row checked first, then all of it or nothing. */
@NullMarked
package de.msh.studies.catalogue;

import org.jspecify.annotations.NullMarked;
