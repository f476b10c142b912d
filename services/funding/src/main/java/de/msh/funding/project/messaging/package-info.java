/** Consumes msh.projects.events. */
@NullMarked
package de.msh.funding.project.messaging;

import org.jspecify.annotations.NullMarked;
