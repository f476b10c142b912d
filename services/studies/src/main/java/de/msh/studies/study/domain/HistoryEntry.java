package de.msh.studies.study.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a study's history: who did what, when, and why. Append-only.
 *
 * @param action what happened, e.g. {@code registered} or {@code recommendation-adopted}
 * @param detail the change in words, e.g. {@code R-2 -> project 0b8e…}
 */
public record HistoryEntry(
        Instant at,
        String by,
        String action,
        String detail,
        @Nullable String reason) {}
