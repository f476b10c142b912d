/** The processes of the embedded local stack that are not services: the document store. */
@NullMarked
package de.msh.local;

import org.jspecify.annotations.NullMarked;
