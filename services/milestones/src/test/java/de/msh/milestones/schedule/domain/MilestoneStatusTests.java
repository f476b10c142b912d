package de.msh.milestones.schedule.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.milestones.MilestoneKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MilestoneStatusTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final SlippageRules RULES = new SlippageRules(14, 90);
    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    @ParameterizedTest(name = "baseline {0}, forecast {1}: {2}")
    @CsvSource({
        "2027-06-30, 2027-06-30, PLANNED",
        "2027-03-01, 2027-03-01, PLANNED",
        "2027-02-28, 2027-02-28, ON_TRACK",
        "2027-02-28, 2027-01-15, ON_TRACK",
        "2027-01-15, 2027-02-26, LATE",
        "2027-01-15, 2027-12-31, LATE",
        "2026-12-14, 2026-12-14, AT_RISK",
        "2026-11-01, 2026-12-14, AT_RISK",
        "2026-11-30, 2026-11-30, AT_RISK",
        "2026-11-29, 2026-11-29, MISSED",
        "2026-12-31, 2026-11-29, MISSED"
    })
    void derivesTheStatusOfAnOpenMilestoneFromItsDatesAndToday(
            LocalDate baseline, LocalDate forecast, MilestoneStatus expected) {
        Schedule schedule = Schedule.of("P-1");
        schedule.plan(
                "M-1",
                MilestonePlan.byHand("Meilenstein", MilestoneKind.DELIVERABLE, baseline, List.of()),
                "steering",
                TODAY,
                AT);
        schedule.replan("M-1", forecast, "neu geplant", "steering", AT);

        assertThat(schedule.find("M-1").status(TODAY, RULES)).isEqualTo(expected);
    }
}
