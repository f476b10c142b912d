/** Demo data for a local stack: loaded in the background, again on every start, changing nothing the second time. */
@NullMarked
package de.msh.platform.demo;

import org.jspecify.annotations.NullMarked;
