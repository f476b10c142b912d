/** The topics' history, read with a consumer of reporting's own. */
@NullMarked
package de.msh.reporting.feed.messaging;

import org.jspecify.annotations.NullMarked;
