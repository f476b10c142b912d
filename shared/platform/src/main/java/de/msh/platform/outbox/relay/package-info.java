/** The relay that moves recorded events from documents to Kafka, in order, at least once. */
@NullMarked
package de.msh.platform.outbox.relay;

import org.jspecify.annotations.NullMarked;
