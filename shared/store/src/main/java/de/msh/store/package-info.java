/** The embedded MongoDB-wire store's backends, as the tests and the local stack run them. */
@NullMarked
package de.msh.store;

import org.jspecify.annotations.NullMarked;
