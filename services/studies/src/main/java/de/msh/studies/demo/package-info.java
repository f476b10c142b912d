/** Demo data for a fresh local stack: the placeholder catalogue of the 25 Metropolregion studies. */
@NullMarked
package de.msh.studies.demo;

import org.jspecify.annotations.NullMarked;
