/** The development authorization server of the local stack: demo users, two clients, tokens with a flat roles claim. */
@NullMarked
package de.msh.auth;

import org.jspecify.annotations.NullMarked;
