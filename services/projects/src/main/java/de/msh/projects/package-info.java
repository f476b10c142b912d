/** The projects service: the steering office's portfolio of structural-change projects and their phases. */
@NullMarked
package de.msh.projects;

import org.jspecify.annotations.NullMarked;
