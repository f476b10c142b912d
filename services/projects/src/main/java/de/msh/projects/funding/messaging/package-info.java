/** Consumes msh.funding.events. */
@NullMarked
package de.msh.projects.funding.messaging;

import org.jspecify.annotations.NullMarked;
