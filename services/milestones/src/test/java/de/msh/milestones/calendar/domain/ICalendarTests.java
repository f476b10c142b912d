package de.msh.milestones.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** What the feed writes, read back by ical4j, an independent RFC 5545 parser. */
class ICalendarTests {

    private static final String TITLE = "Verwendungsnachweis; Netzwerk Green Power MSH₂, Kupferspuren \\ Radweg "
            + "Industriekultur – ein sehr langer Titel, der über mehrere Zeilen gefaltet werden muss 🚲";

    @Test
    void writesAnEventThatReadsBackUnchangedWithEveryLineAtMost75Octets() throws Exception {
        String written = ICalendar.write(
                "Meilensteine – finance",
                List.of(new ICalendar.Event(
                        "m-1@milestones.msh.example",
                        LocalDate.of(2027, 4, 30),
                        TITLE,
                        "Projekt: GP-MSH2\nRegel: ANBest-P Nr. 6.1",
                        2)),
                Instant.parse("2026-11-30T09:00:00Z"));

        Calendar calendar = new CalendarBuilder().build(new StringReader(written));
        calendar.validate();
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo(TITLE);
        assertThat(event.getDescription().getValue()).isEqualTo("Projekt: GP-MSH2\nRegel: ANBest-P Nr. 6.1");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("m-1@milestones.msh.example");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20270430");
        assertThat(event.getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(written).contains("\r\n ").doesNotContain("\n\n");
        for (String line : written.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }
}
