/**
 * Which read models each topic feeds: one handler per topic, handing each event to every read model that uses it.
 * The live consumers and the rebuild both apply events through here, so they cannot differ.
 */
@NullMarked
package de.msh.reporting.feed;

import org.jspecify.annotations.NullMarked;
