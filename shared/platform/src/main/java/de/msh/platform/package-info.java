/**
 * Cross-cutting Spring configuration every service gets by depending on this module: problem details, the OAuth2
 * resource server, the transactional outbox and its relay, idempotent consumption, meters. No domain code, ever.
 */
@NullMarked
package de.msh.platform;

import org.jspecify.annotations.NullMarked;
