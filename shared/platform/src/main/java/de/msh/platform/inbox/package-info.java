/** Reading events from Kafka: envelope decoding, applying each event once, dead letters, meters. */
@NullMarked
package de.msh.platform.inbox;

import org.jspecify.annotations.NullMarked;
