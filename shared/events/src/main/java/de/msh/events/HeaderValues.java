package de.msh.events;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the values of the {@code ce_time} and {@code ce_source} headers. A replay reads them for every record of the
 * history, and the general parsers were a sixth of its work: the times every relay writes ({@link Instant#toString},
 * UTC with 0 to 9 fraction digits) take a direct path here, and the few sources are parsed once each. Anything else
 * goes to the general parsers, which also judge what is malformed.
 */
final class HeaderValues {

    /** Few services emit events; a header with ever new sources must not grow this without bound. */
    private static final int SOURCES_KEPT = 64;

    private static final Map<String, URI> SOURCES = new ConcurrentHashMap<>();

    private HeaderValues() {}

    static URI source(String value) {
        URI known = SOURCES.get(value);
        if (known != null) {
            return known;
        }
        URI parsed = URI.create(value);
        if (SOURCES.size() < SOURCES_KEPT) {
            SOURCES.put(value, parsed);
        }
        return parsed;
    }

    /** An instant in ISO-8601, as {@link Instant#parse} reads it. */
    static Instant instant(String value) {
        Instant direct = utc(value);
        return direct != null ? direct : Instant.parse(value);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for anything else (which the general parser then judges). */
    private static Instant utc(String value) {
        int length = value.length();
        if (length < 20
                || length == 21
                || length > 30
                || value.charAt(length - 1) != 'Z'
                || value.charAt(4) != '-'
                || value.charAt(7) != '-'
                || value.charAt(10) != 'T'
                || value.charAt(13) != ':'
                || value.charAt(16) != ':'
                || (length > 20 && value.charAt(19) != '.')) {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        int hour = digits(value, 11, 13);
        int minute = digits(value, 14, 16);
        int second = digits(value, 17, 19);
        int fraction = length > 20 ? digits(value, 20, length - 1) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        if (second < 0 || second > 59 || fraction < 0) {
            return null;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException invalid) {
            return null;
        }
        long nanos = fraction;
        for (int scale = length - 21; scale < 9; scale++) {
            nanos *= 10;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code [from, to)}, or -1 if it holds anything but digits. */
    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
