package de.msh.projects.project.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of a project's history: who did what, when, and why. Kept in the project's document, append-only.
 *
 * @param action what happened, e.g. {@code registered} or {@code phase-changed}
 * @param detail the change in words, e.g. {@code IDEA -> CONCEPT}
 */
public record HistoryEntry(
        Instant at,
        String by,
        String action,
        String detail,
        @Nullable String reason) {}
