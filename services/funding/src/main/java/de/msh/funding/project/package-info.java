/** The projects a grant may be for, as the projects service announces them. */
@NullMarked
package de.msh.funding.project;

import org.jspecify.annotations.NullMarked;
