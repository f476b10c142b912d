/** What an aggregate needs to record events in its own document (plain Java, usable from a domain package). */
@NullMarked
package de.msh.platform.outbox;

import org.jspecify.annotations.NullMarked;
