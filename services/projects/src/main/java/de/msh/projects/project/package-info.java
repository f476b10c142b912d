/** A project of the district's structural change: registered, listed, moved through its phases. */
@NullMarked
package de.msh.projects.project;

import org.jspecify.annotations.NullMarked;
