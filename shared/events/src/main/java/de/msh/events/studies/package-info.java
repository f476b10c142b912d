/** What the studies service publishes on {@code msh.studies.events}. */
@NullMarked
package de.msh.events.studies;

import org.jspecify.annotations.NullMarked;
