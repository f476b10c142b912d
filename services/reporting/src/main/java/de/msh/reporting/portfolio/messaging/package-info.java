/** Consumes msh.projects.events. */
@NullMarked
package de.msh.reporting.portfolio.messaging;

import org.jspecify.annotations.NullMarked;
