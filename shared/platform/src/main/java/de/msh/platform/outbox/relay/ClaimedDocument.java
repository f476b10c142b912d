package de.msh.platform.outbox.relay;

import java.util.List;

/** A document this relay holds the lease of, with its pending events in the order they were recorded. */
record ClaimedDocument(String collection, Object id, List<PendingEvent> events) {}
