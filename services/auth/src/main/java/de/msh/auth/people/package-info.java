/** The staff directory that services read with a machine token: user name, e-mail address and roles. */
@NullMarked
package de.msh.auth.people;

import org.jspecify.annotations.NullMarked;
