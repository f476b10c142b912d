/** The event-backbone benchmark: each figure of the relay and the consumers beside its physical limit. */
@NullMarked
package de.msh.bench;

import org.jspecify.annotations.NullMarked;
