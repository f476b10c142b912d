/** What the funding service publishes on {@code msh.funding.events}. */
@NullMarked
package de.msh.events.funding;

import org.jspecify.annotations.NullMarked;
