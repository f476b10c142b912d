/** The projects this service knows of, as the projects service announced them. */
@NullMarked
package de.msh.milestones.project.domain;

import org.jspecify.annotations.NullMarked;
