/** What goes into a token and the key it is signed with. */
@NullMarked
package de.msh.auth.token;

import org.jspecify.annotations.NullMarked;
