package de.msh.milestones.schedule.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** Today and now as the office sees them: milestones are calendar dates in Europe/Berlin. */
@Component
public class OfficeCalendar {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private final Clock clock;

    OfficeCalendar(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), OFFICE_ZONE);
    }

    public Instant now() {
        return clock.instant();
    }
}
