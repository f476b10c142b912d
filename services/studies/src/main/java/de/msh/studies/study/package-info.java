/** A study of the Metropolregion Mitteldeutschland and the lifecycle of its recommendations. */
@NullMarked
package de.msh.studies.study;

import org.jspecify.annotations.NullMarked;
