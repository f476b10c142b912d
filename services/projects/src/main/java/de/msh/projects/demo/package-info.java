/** Demo data for a fresh local stack: the projects the office's own text names. */
@NullMarked
package de.msh.projects.demo;

import org.jspecify.annotations.NullMarked;
