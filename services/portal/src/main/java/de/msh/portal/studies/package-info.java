/** The studies of the Metropolregion: the catalogue, each study's recommendations and projects, the catalogue import. */
@NullMarked
package de.msh.portal.studies;

import org.jspecify.annotations.NullMarked;
