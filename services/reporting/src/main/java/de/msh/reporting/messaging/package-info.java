/**
 * The consumers of the topics reporting reads: one per topic, handing each event to every read model that uses it,
 * so a topic is read once however many read models it feeds.
 */
@NullMarked
package de.msh.reporting.messaging;

import org.jspecify.annotations.NullMarked;
