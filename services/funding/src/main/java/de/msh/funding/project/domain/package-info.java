/** The projects known to this service: a read model of msh.projects.events. */
@NullMarked
package de.msh.funding.project.domain;

import org.jspecify.annotations.NullMarked;
