/** The projects a recommendation may be adopted into, as the projects service announces them. */
@NullMarked
package de.msh.studies.project;

import org.jspecify.annotations.NullMarked;
