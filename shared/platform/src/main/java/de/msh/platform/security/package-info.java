/** The OAuth2 resource server: JWT validation against one issuer and the staff roles from a flat {@code roles} claim. */
@NullMarked
package de.msh.platform.security;

import org.jspecify.annotations.NullMarked;
