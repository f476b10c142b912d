/** The studies a project may originate from, as far as the studies service has announced them. */
@NullMarked
package de.msh.projects.study;

import org.jspecify.annotations.NullMarked;
