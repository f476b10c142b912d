/** The portal: the web interface in which the steering office, finance staff and managers do their work. */
@NullMarked
package de.msh.portal;

import org.jspecify.annotations.NullMarked;
