package de.msh.reporting.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.reporting.milestones.domain.Deadline;
import de.msh.reporting.milestones.domain.Health;
import de.msh.reporting.milestones.domain.MilestoneHealth;
import de.msh.reporting.milestones.domain.MilestoneHealthView;
import de.msh.reporting.milestones.domain.MilestoneRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MilestoneHealthTests {

    static final LocalDate ON = LocalDate.of(2026, 12, 1);
    static final Map<String, MilestoneHealth.Project> PROJECTS = Map.of(
            "a", new MilestoneHealth.Project("MSH-01: MakerLab", "WERTSCHOEPFUNG", "Krause"),
            "b", new MilestoneHealth.Project("MSH-02: Radweg", "TOURISMUS", null));
    static final List<MilestoneRow> ROWS = List.of(
            row("a", "1", "DELIVERABLE", -20, -20, -22, false), // reached 2 days early
            row("a", "2", "PHASE_GATE", -10, -5, null, false), // missed, 5 days late
            row("a", "3", "FUNDING_DEADLINE", 10, 10, null, false), // upcoming
            row("a", "4", "EVENT", 3, 3, null, false), // the office's event: not counted
            row("a", "5", "DELIVERABLE", -40, -40, null, true), // closed: not counted
            row("b", "1", "REPORTING_DATE", -30, -30, -25, false), // reached 5 days late
            row("b", "2", "DELIVERABLE", 60, 60, null, false), // beyond the look-ahead
            row("c", "1", "DELIVERABLE", 30, 30, null, false)); // a project the portfolio does not know (yet)

    @Test
    void countsOnTimeMissedAndUpcomingWithTheRateAmongThoseWhoseDayHasCome() {
        MilestoneHealthView view = MilestoneHealth.of(ROWS, PROJECTS, ON, 30, null, null);

        assertThat(view.total())
                .isEqualTo(new Health("alle", 6, 2, 1, 1, 2, 4, new BigDecimal("0.3333"), new BigDecimal("1.3"), 5));
        assertThat(view.byField())
                .extracting(Health::key, Health::milestones, Health::onTimeRate, Health::averageSlippageDays)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "TOURISMUS", 2, new BigDecimal("0.0000"), new BigDecimal("2.5")),
                        org.assertj.core.groups.Tuple.tuple(
                                "WERTSCHOEPFUNG", 3, new BigDecimal("0.5000"), new BigDecimal("1.0")),
                        org.assertj.core.groups.Tuple.tuple("unbekannt", 1, null, new BigDecimal("0.0")));
        assertThat(view.byManager()).extracting(Health::key).containsExactly("Krause", "unbekannt");
    }

    @Test
    void listsMissedAndUpcomingDeadlinesByForecastWithTheirFieldAndManager() {
        MilestoneHealthView view = MilestoneHealth.of(ROWS, PROJECTS, ON, 30, null, null);

        assertThat(view.missed())
                .containsExactly(new Deadline(
                        "a",
                        "MSH-01: MakerLab",
                        "WERTSCHOEPFUNG",
                        "Krause",
                        "2",
                        "Meilenstein 2",
                        "PHASE_GATE",
                        ON.minusDays(10),
                        ON.minusDays(5),
                        5));
        assertThat(view.upcoming())
                .extracting(Deadline::projectId, Deadline::milestoneId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", "3"), org.assertj.core.groups.Tuple.tuple("c", "1"));
    }

    @Test
    void asOfAnEarlierDayTheSameRowsTellWhatWasTrueThen() {
        MilestoneHealthView earlier = MilestoneHealth.of(ROWS, PROJECTS, ON.minusDays(12), 30, null, null);

        // twelve days before, milestone a/2 (forecast ON-5) was still upcoming, and a/3 and c/1 too
        assertThat(earlier.missed()).isEmpty();
        assertThat(earlier.upcoming()).extracting(Deadline::milestoneId).contains("2", "3");
    }

    @Test
    void filtersByFieldOrManagerIgnoringTheManagersCase() {
        assertThat(MilestoneHealth.of(ROWS, PROJECTS, ON, 30, "TOURISMUS", null)
                        .total()
                        .milestones())
                .isEqualTo(2);
        assertThat(MilestoneHealth.of(ROWS, PROJECTS, ON, 30, null, "krause")
                        .total()
                        .milestones())
                .isEqualTo(3);
        assertThat(MilestoneHealth.of(ROWS, PROJECTS, ON, 30, null, "unbekannt")
                        .total()
                        .milestones())
                .isEqualTo(3);
    }

    static MilestoneRow row(
            String project, String id, String kind, int baseline, int forecast, Integer achieved, boolean closed) {
        return new MilestoneRow(
                project,
                id,
                "Meilenstein " + id,
                kind,
                ON.plusDays(baseline),
                ON.plusDays(forecast),
                achieved == null ? null : ON.plusDays(achieved),
                closed);
    }
}
