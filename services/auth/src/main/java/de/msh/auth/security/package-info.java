/** Who may log in and which clients may ask for tokens, and how the endpoints are protected. */
@NullMarked
package de.msh.auth.security;

import org.jspecify.annotations.NullMarked;
