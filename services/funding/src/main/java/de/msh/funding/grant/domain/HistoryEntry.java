package de.msh.funding.grant.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a grant's history: who did what, when, and why. Append-only. */
public record HistoryEntry(
        Instant at,
        String by,
        String action,
        String detail,
        @Nullable String reason) {}
