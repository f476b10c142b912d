/** The studies service: the Metropolregion studies, what they recommended and which projects carry it out. */
@NullMarked
package de.msh.studies;

import org.jspecify.annotations.NullMarked;
