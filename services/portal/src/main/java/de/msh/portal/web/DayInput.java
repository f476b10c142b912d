package de.msh.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads a day as people type it in Germany ({@code 29.11.2026}, also {@code 1.3.2026}), or in ISO form
 * ({@code 2026-11-29}). Plain text fields rather than the browser's date field: its order of day, month and year
 * follows the browser's language, not the page's, and it looks different in every browser.
 */
public final class DayInput {

    private static final DateTimeFormatter GERMAN =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DayInput() {}

    public static Optional<LocalDate> parse(String text) {
        String day = text.strip();
        try {
            return Optional.of(day.contains(".") ? LocalDate.parse(day, GERMAN) : LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
