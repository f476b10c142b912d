/**
 * {@code Idempotency-Key} for state-changing POSTs: a retried request is answered with the first answer and changes
 * nothing again ({@link IdempotencyFilter}); an aggregate remembers the keys that changed it, in the same write as
 * the change ({@link RequestKey}), so a request whose process died after the change is safe to run again.
 */
@NullMarked
package de.msh.platform.idempotency;

import org.jspecify.annotations.NullMarked;
