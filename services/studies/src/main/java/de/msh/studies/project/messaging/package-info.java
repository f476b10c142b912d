/** Consumes msh.projects.events. */
@NullMarked
package de.msh.studies.project.messaging;

import org.jspecify.annotations.NullMarked;
