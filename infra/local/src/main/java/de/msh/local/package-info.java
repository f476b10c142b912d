/** The processes of the embedded local stack that are not services: the document store (mail: {@code mail}). */
@NullMarked
package de.msh.local;

import org.jspecify.annotations.NullMarked;
