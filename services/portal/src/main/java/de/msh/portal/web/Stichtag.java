package de.msh.portal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The day a person picks, as the instant reporting is asked for: the end of that day in Germany. Today (or no day)
 * is now.
 *
 * @param day the day picked; null for now
 * @param asOf the instant to ask for; null for now
 * @param error why the typed day cannot be used, in German
 */
public record Stichtag(
        @Nullable LocalDate day,
        @Nullable Instant asOf,
        @Nullable String error) {

    public static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    public static Stichtag of(@Nullable String typed, Clock clock) {
        if (typed == null || typed.isBlank()) {
            return new Stichtag(null, null, null);
        }
        Optional<LocalDate> parsed = DayInput.parse(typed);
        if (parsed.isEmpty()) {
            return new Stichtag(null, null, "Bitte den Stichtag als TT.MM.JJJJ angeben, z. B. 31.12.2025.");
        }
        LocalDate day = parsed.get();
        LocalDate today = LocalDate.now(clock.withZone(GERMANY));
        if (day.isAfter(today)) {
            return new Stichtag(null, null, "Der Stichtag liegt in der Zukunft; gezeigt wird der aktuelle Stand.");
        }
        if (day.equals(today)) {
            return new Stichtag(day, null, null);
        }
        return new Stichtag(
                day, day.plusDays(1).atStartOfDay(GERMANY).toInstant().minusMillis(1), null);
    }
}
