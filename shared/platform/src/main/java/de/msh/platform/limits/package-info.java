/** Limits every request is held to before a service reads it: body size, and the shape of JSON it will parse. */
@NullMarked
package de.msh.platform.limits;

import org.jspecify.annotations.NullMarked;
