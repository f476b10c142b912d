/** What the projects service publishes on {@code msh.projects.events}. */
@NullMarked
package de.msh.events.projects;

import org.jspecify.annotations.NullMarked;
