package de.msh.milestones.calendar.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar stream (RFC 5545) of all-day events: CRLF line ends, text escaped (§ 3.3.11) and lines folded
 * at 75 octets without splitting a character (§ 3.1). Each event keeps its UID across feeds and counts its re-plans
 * in SEQUENCE, so a calendar that imports the feed again updates an event instead of adding a second one.
 */
public final class ICalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int OCTETS_PER_LINE = 75;

    private ICalendar() {}

    /**
     * One all-day event.
     *
     * @param uid stable across feeds, globally unique
     * @param sequence how often it was re-planned
     */
    public record Event(String uid, LocalDate day, String summary, String description, int sequence) {}

    public static String write(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//SEG Mansfeld-Suedharz//Meilensteine//DE");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DAY.format(event.day()));
            line(out, "DTEND;VALUE=DATE:" + DAY.format(event.day().plusDays(1)));
            line(out, "SEQUENCE:" + event.sequence());
            line(out, "SUMMARY:" + text(event.summary()));
            line(out, "DESCRIPTION:" + text(event.description()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    // a CR of a CRLF pair: the LF that follows writes the break
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Appends a content line, folded: a CRLF and a space before every 75 octets, never inside a character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = OCTETS_PER_LINE;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                // the leading space of a continuation line counts towards its 75 octets
                limit = OCTETS_PER_LINE - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
