/** The programme catalogue, read from the reference data file. */
@NullMarked
package de.msh.funding.programme.persistence;

import org.jspecify.annotations.NullMarked;
