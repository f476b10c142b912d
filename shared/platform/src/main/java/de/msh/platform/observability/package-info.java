/** Health and metrics defaults that hold on the embedded store as on real MongoDB. */
@NullMarked
package de.msh.platform.observability;

import org.jspecify.annotations.NullMarked;
