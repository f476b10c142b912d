package de.msh.platform.outbox.relay;

import de.msh.platform.outbox.OutboxEntry;
import java.util.List;

/** A document this relay holds the lease of, with its pending events in the order they were recorded. */
record ClaimedDocument(String collection, Object id, String leaseToken, List<OutboxEntry> events) {}
