/** Consumes msh.studies.events. */
@NullMarked
package de.msh.projects.study.messaging;

import org.jspecify.annotations.NullMarked;
