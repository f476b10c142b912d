/** Calls to the services with the signed-in person's own token, and their refusals turned into exceptions. */
@NullMarked
package de.msh.portal.backend;

import org.jspecify.annotations.NullMarked;
