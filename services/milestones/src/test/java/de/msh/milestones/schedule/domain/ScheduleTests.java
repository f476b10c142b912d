package de.msh.milestones.schedule.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.DomainEvent;
import de.msh.events.EventCodec;
import de.msh.events.milestones.MilestoneAchieved;
import de.msh.events.milestones.MilestoneAtRisk;
import de.msh.events.milestones.MilestoneClosed;
import de.msh.events.milestones.MilestoneKind;
import de.msh.events.milestones.MilestoneMissed;
import de.msh.events.milestones.MilestonePlanned;
import de.msh.events.milestones.MilestoneReplanned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTests {

    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final SlippageRules RULES = new SlippageRules(14, 90);

    private final Schedule schedule = Schedule.of("P-1");

    @Test
    void plansAMilestoneWithItsDateAsBaselineAndForecast() {
        Milestone planned = plan("M-1", "Förderbescheid liegt vor", LocalDate.of(2027, 3, 31));

        assertThat(planned.baselineOn()).isEqualTo(planned.forecastOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(planned.trend()).containsExactly(new TrendPoint(TODAY, LocalDate.of(2027, 3, 31)));
        assertThat(schedule.revision()).isEqualTo(1);
        assertThat(events())
                .containsExactly(new MilestonePlanned(
                        "P-1",
                        "M-1",
                        "Förderbescheid liegt vor",
                        MilestoneKind.DELIVERABLE,
                        LocalDate.of(2027, 3, 31),
                        List.of(),
                        null,
                        null,
                        "steering"));
    }

    @Test
    void aRuleThatPlansTheSameOriginAgainPlansNothing() {
        MilestonePlan deadline = new MilestonePlan(
                "Mittel verwenden bis",
                MilestoneKind.FUNDING_DEADLINE,
                LocalDate.of(2027, 1, 11),
                List.of(),
                "G-1",
                "ANBest-P Nr. 1.4",
                "grant:G-1:spend:R-1");
        schedule.plan("M-1", deadline, "system", TODAY, AT);

        Milestone again = schedule.plan("M-2", deadline, "system", TODAY, AT);

        assertThat(again.id()).isEqualTo("M-1");
        assertThat(schedule.milestones()).hasSize(1);
        assertThat(events()).hasSize(1);
    }

    @Test
    void replanningMovesTheForecastKeepsTheBaselineAndRecordsWhoWhenAndWhy() {
        plan("M-1", "Baubeginn", LocalDate.of(2027, 3, 31));

        schedule.replan("M-1", LocalDate.of(2027, 5, 15), "  Vergabe verzögert ", "steering", AT);

        Milestone m = schedule.find("M-1");
        assertThat(m.baselineOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(m.forecastOn()).isEqualTo(LocalDate.of(2027, 5, 15));
        assertThat(m.slippageDays()).isEqualTo(45);
        assertThat(m.replans())
                .containsExactly(new Replan(
                        AT, "steering", LocalDate.of(2027, 3, 31), LocalDate.of(2027, 5, 15), "Vergabe verzögert"));
        assertThat(events())
                .last()
                .isEqualTo(new MilestoneReplanned(
                        "P-1",
                        "M-1",
                        LocalDate.of(2027, 3, 31),
                        LocalDate.of(2027, 5, 15),
                        "Vergabe verzögert",
                        "steering"));
    }

    @Test
    void replanningNeedsAReasonAndTheSameDateChangesNothing() {
        plan("M-1", "Baubeginn", LocalDate.of(2027, 3, 31));

        assertThatThrownBy(() -> schedule.replan("M-1", LocalDate.of(2027, 4, 1), " ", "steering", AT))
                .isInstanceOf(InvalidMilestone.class);
        assertThat(schedule.replan("M-1", LocalDate.of(2027, 3, 31), "unverändert", "steering", AT))
                .isFalse();
        assertThat(events()).hasSize(1);
    }

    @Test
    void aMilestoneIsReachedOnADayNotInTheFutureAndThenIsNoLongerOpen() {
        plan("M-1", "Eröffnung MakerLab", LocalDate.of(2026, 12, 1));

        assertThatThrownBy(() -> schedule.achieve("M-1", TODAY.plusDays(1), "steering", TODAY, AT))
                .isInstanceOf(InvalidMilestone.class);
        schedule.achieve("M-1", TODAY, "steering", TODAY, AT);

        assertThat(schedule.find("M-1").status(TODAY, RULES)).isEqualTo(MilestoneStatus.ACHIEVED);
        assertThat(events())
                .last()
                .isEqualTo(new MilestoneAchieved("P-1", "M-1", TODAY, LocalDate.of(2026, 12, 1), "steering"));
        assertThatThrownBy(() -> schedule.replan("M-1", TODAY.plusDays(3), "zu spät", "steering", AT))
                .isInstanceOfSatisfying(
                        ScheduleRuleViolated.class, e -> assertThat(e.rule()).isEqualTo(ScheduleRuleViolated.NOT_OPEN));
    }

    @Test
    void dependsOnlyOnMilestonesOfTheSameProjectAndNeverInACycle() {
        plan("A", "Planung", LocalDate.of(2027, 1, 31));
        schedule.plan(
                "B",
                MilestonePlan.byHand("Vergabe", MilestoneKind.DELIVERABLE, LocalDate.of(2027, 3, 31), List.of("A")),
                "steering",
                TODAY,
                AT);
        schedule.plan(
                "C",
                MilestonePlan.byHand("Bau", MilestoneKind.DELIVERABLE, LocalDate.of(2027, 6, 30), List.of("B")),
                "steering",
                TODAY,
                AT);

        assertThatThrownBy(() -> schedule.dependOn("A", List.of("C")))
                .isInstanceOfSatisfying(
                        ScheduleRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(ScheduleRuleViolated.DEPENDENCY_CYCLE));
        assertThatThrownBy(() -> schedule.dependOn("A", List.of("A"))).isInstanceOf(ScheduleRuleViolated.class);
        assertThatThrownBy(() -> schedule.dependOn("A", List.of("elsewhere")))
                .isInstanceOfSatisfying(
                        ScheduleRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(ScheduleRuleViolated.UNKNOWN_DEPENDENCY));
        assertThat(schedule.find("A").dependsOn()).isEmpty();
    }

    @Test
    void aForecastBeforeThatOfAMilestoneItDependsOnIsFlagged() {
        plan("A", "Planung", LocalDate.of(2027, 1, 31));
        schedule.plan(
                "B",
                MilestonePlan.byHand("Vergabe", MilestoneKind.DELIVERABLE, LocalDate.of(2027, 3, 31), List.of("A")),
                "steering",
                TODAY,
                AT);
        assertThat(schedule.brokenDependencies("B")).isEmpty();

        schedule.replan("A", LocalDate.of(2027, 4, 15), "Gutachten fehlt", "steering", AT);

        assertThat(schedule.brokenDependencies("B")).containsExactly("A");
    }

    @Test
    void anEvaluationAnnouncesEachChangeOnceNotEachRun() {
        plan("M-1", "Zwischenbericht", TODAY.plusDays(10));
        plan("M-2", "Abschluss", TODAY.plusDays(200));

        assertThat(schedule.evaluate(TODAY, RULES, AT)).isTrue();
        schedule.evaluate(TODAY.plusDays(1), RULES, AT);
        schedule.evaluate(TODAY.plusDays(11), RULES, AT);
        schedule.evaluate(TODAY.plusDays(12), RULES, AT);

        assertThat(events().subList(2, events().size()))
                .containsExactly(
                        new MilestoneAtRisk("P-1", "M-1", TODAY.plusDays(10), TODAY),
                        new MilestoneMissed("P-1", "M-1", TODAY.plusDays(10), TODAY.plusDays(11)));
    }

    @Test
    void aMilestoneReplannedOutOfRiskIsAnnouncedAgainWhenItComesNearOnceMore() {
        plan("M-1", "Zwischenbericht", TODAY.plusDays(10));
        schedule.evaluate(TODAY, RULES, AT);
        schedule.replan("M-1", TODAY.plusDays(40), "Frist verlängert", "steering", AT);

        schedule.evaluate(TODAY.plusDays(1), RULES, AT);
        schedule.evaluate(TODAY.plusDays(30), RULES, AT);

        assertThat(events().stream().filter(MilestoneAtRisk.class::isInstance))
                .containsExactly(
                        new MilestoneAtRisk("P-1", "M-1", TODAY.plusDays(10), TODAY),
                        new MilestoneAtRisk("P-1", "M-1", TODAY.plusDays(40), TODAY.plusDays(30)));
    }

    @Test
    void keepsOneTrendPointPerMonthWithTheForecastItHadThen() {
        plan("M-1", "Abschluss", LocalDate.of(2027, 6, 30));
        schedule.replan("M-1", LocalDate.of(2027, 7, 31), "Lieferverzug", "steering", AT);

        schedule.evaluate(TODAY, RULES, AT);
        schedule.evaluate(LocalDate.of(2026, 12, 1), RULES, AT);
        boolean unchanged = schedule.evaluate(LocalDate.of(2026, 12, 2), RULES, AT);

        assertThat(unchanged).isFalse();
        assertThat(schedule.find("M-1").trend())
                .containsExactly(
                        new TrendPoint(TODAY, LocalDate.of(2027, 7, 31)),
                        new TrendPoint(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 7, 31)));
    }

    @Test
    void aCancelledProjectClosesItsOpenMilestonesAndTakesNoNewOnes() {
        plan("M-1", "Eröffnung", LocalDate.of(2027, 1, 31));
        plan("M-2", "Planung", LocalDate.of(2026, 10, 31));
        schedule.achieve("M-2", LocalDate.of(2026, 10, 30), "steering", TODAY, AT);

        assertThat(schedule.projectCancelled("Vorhaben abgebrochen", "system", AT))
                .isEqualTo(1);
        assertThat(schedule.projectCancelled("Vorhaben abgebrochen", "system", AT))
                .isZero();

        assertThat(schedule.find("M-1").status(TODAY, RULES)).isEqualTo(MilestoneStatus.CLOSED);
        assertThat(schedule.find("M-2").status(TODAY, RULES)).isEqualTo(MilestoneStatus.ACHIEVED);
        assertThat(events().stream().filter(MilestoneClosed.class::isInstance))
                .containsExactly(new MilestoneClosed("P-1", "M-1", "Vorhaben abgebrochen", "system"));
        assertThatThrownBy(() -> plan("M-3", "Neu", LocalDate.of(2027, 1, 31)))
                .isInstanceOfSatisfying(
                        ScheduleRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(ScheduleRuleViolated.PROJECT_CLOSED));
    }

    @Test
    void aRulePlansOnceAndNothingOnACancelledProjectWithoutBeingRefused() {
        MilestonePlan deadline = deadline("G-1", "grant:G-1:proof:final");

        assertThat(schedule.planByRule("F-1", deadline, "system", TODAY, AT)).isTrue();
        assertThat(schedule.planByRule("F-2", deadline, "system", TODAY, AT)).isFalse();
        schedule.projectCancelled("Vorhaben abgebrochen", "system", AT);
        assertThat(schedule.planByRule("F-3", deadline("G-2", "grant:G-2:proof:final"), "system", TODAY, AT))
                .isFalse();

        assertThat(schedule.milestones()).extracting(Milestone::id).containsExactly("F-1");
        assertThat(events().stream().filter(MilestonePlanned.class::isInstance)).hasSize(1);
    }

    @Test
    void aRevokedGrantClosesOnlyItsOwnFundingDeadlines() {
        schedule.plan("F-1", deadline("G-1", "grant:G-1:proof:final"), "system", TODAY, AT);
        schedule.plan("F-2", deadline("G-2", "grant:G-2:proof:final"), "system", TODAY, AT);
        plan("M-1", "Eröffnung", LocalDate.of(2027, 1, 31));

        assertThat(schedule.grantRevoked("G-1", "Bescheid widerrufen", "system", AT))
                .isEqualTo(1);

        assertThat(schedule.milestones())
                .filteredOn(Milestone::open)
                .extracting(Milestone::id)
                .containsExactly("F-2", "M-1");
    }

    private static MilestonePlan deadline(String grant, String origin) {
        return new MilestonePlan(
                "Verwendungsnachweis",
                MilestoneKind.FUNDING_DEADLINE,
                LocalDate.of(2027, 6, 30),
                List.of(),
                grant,
                "ANBest-P Nr. 6.1",
                origin);
    }

    private Milestone plan(String id, String title, LocalDate on) {
        return schedule.plan(
                id, MilestonePlan.byHand(title, MilestoneKind.DELIVERABLE, on, List.of()), "steering", TODAY, AT);
    }

    private List<DomainEvent> events() {
        return schedule.pendingEvents().stream()
                .map(entry -> EventCodec.standard()
                        .fromJson(entry.type(), entry.payload())
                        .orElseThrow())
                .toList();
    }
}
