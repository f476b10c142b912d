/** The projects milestones belong to, known from {@code msh.projects.events}. */
@NullMarked
package de.msh.milestones.project;

import org.jspecify.annotations.NullMarked;
