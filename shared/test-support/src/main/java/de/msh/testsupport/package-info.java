/**
 * Test infrastructure shared by every module: one real Kafka broker (KRaft) and one MongoDB-wire-protocol store per
 * test JVM, started on first use, and signed tokens for every role. Spring tests get the connection properties
 * automatically through {@link de.msh.testsupport.TestInfrastructureCustomizerFactory}.
 */
@NullMarked
package de.msh.testsupport;

import org.jspecify.annotations.NullMarked;
