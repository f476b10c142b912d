/** The studies known to this service: a read model of msh.studies.events. */
@NullMarked
package de.msh.projects.study.domain;

import org.jspecify.annotations.NullMarked;
