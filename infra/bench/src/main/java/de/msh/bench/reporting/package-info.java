/**
 * The reporting part: a long history on the topics, then how long an "as of" answer takes on it and how fast a
 * rebuild reads it, against Kafka's consumer tool and the store's bulk write.
 */
@NullMarked
package de.msh.bench.reporting;

import org.jspecify.annotations.NullMarked;
