/** The granted funding decisions known to this service: a read model of msh.funding.events. */
@NullMarked
package de.msh.projects.funding.domain;

import org.jspecify.annotations.NullMarked;
