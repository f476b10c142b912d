package de.msh.platform.limits;

import de.msh.platform.rule.InvalidInput;
import java.time.LocalDate;

/**
 * The calendar days a request may name: 1 January 1900 to 31 December 2199. Beyond them no funding rule or plan has
 * a meaning, and date arithmetic near the type's own limits overflows; so a day outside is refused where the
 * request is read (query parameters and JSON bodies alike), with 422, before any service computes with it.
 */
public final class DateLimits {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private DateLimits() {}

    public static LocalDate require(LocalDate day) {
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw new OutOfRange(day);
        }
        return day;
    }

    /** A day outside {@link DateLimits}; the field is named where the request is answered. */
    public static final class OutOfRange extends InvalidInput {

        OutOfRange(LocalDate day) {
            super(
                    "date-out-of-range",
                    "Datum außerhalb des Bereichs",
                    "date",
                    "Das Datum " + day + " liegt nicht zwischen dem 01.01.1900 und dem 31.12.2199");
        }
    }
}
