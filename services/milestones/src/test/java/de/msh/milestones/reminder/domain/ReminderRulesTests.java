package de.msh.milestones.reminder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.milestones.MilestoneKind;
import de.msh.milestones.schedule.domain.Milestone;
import de.msh.milestones.schedule.domain.MilestonePlan;
import de.msh.milestones.schedule.domain.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final ReminderRules RULES = new ReminderRules(7);
    static final List<Person> STAFF = List.of(
            new Person("steering", "steering@msh.example", List.of("steering")),
            new Person("finance", "finance@msh.example", List.of("finance")),
            new Person("kaemmerei", "kaemmerei@msh.example", List.of("finance", "auditor")),
            new Person("manager", "manager@msh.example", List.of("manager")));

    @Test
    void remindsFromTheConfiguredDayBeforeUntilTheDayItself() {
        assertThat(RULES.due(milestone(MilestoneKind.DELIVERABLE, TODAY.plusDays(8)), TODAY))
                .isEmpty();
        assertThat(RULES.due(milestone(MilestoneKind.DELIVERABLE, TODAY.plusDays(7)), TODAY))
                .contains(ReminderKind.DUE_SOON);
        assertThat(RULES.due(milestone(MilestoneKind.DELIVERABLE, TODAY), TODAY))
                .contains(ReminderKind.DUE_SOON);
    }

    @Test
    void remindsOfAMissedDeadlineOnceItHasPassed() {
        assertThat(RULES.due(milestone(MilestoneKind.FUNDING_DEADLINE, TODAY.minusDays(1)), TODAY))
                .contains(ReminderKind.MISSED);
    }

    @Test
    void theOfficesOwnEventsAndReachedMilestonesGetNoReminder() {
        assertThat(RULES.due(milestone(MilestoneKind.EVENT, TODAY.plusDays(1)), TODAY))
                .isEmpty();
        Schedule schedule = Schedule.of("p-1");
        schedule.plan("m-1", plan(MilestoneKind.DELIVERABLE, TODAY.minusDays(3)), "steering", TODAY, Instant.EPOCH);
        schedule.achieve("m-1", TODAY.minusDays(2), "steering", TODAY, Instant.EPOCH);
        assertThat(RULES.due(schedule.find("m-1"), TODAY)).isEmpty();
    }

    @Test
    void theManagerTheOfficeNamedGetsItIgnoringCaseAndFinanceEveryFundingDeadline() {
        assertThat(RULES.recipients(MilestoneKind.DELIVERABLE, " Manager ", STAFF))
                .containsExactly("manager@msh.example");
        assertThat(RULES.recipients(MilestoneKind.FUNDING_DEADLINE, "manager", STAFF))
                .containsExactly("finance@msh.example", "kaemmerei@msh.example", "manager@msh.example");
    }

    @Test
    void withoutAManagerTheDirectoryKnowsTheSteeringOfficeGetsIt() {
        assertThat(RULES.recipients(MilestoneKind.PHASE_GATE, null, STAFF)).containsExactly("steering@msh.example");
        assertThat(RULES.recipients(MilestoneKind.PHASE_GATE, "Frau Unbekannt", STAFF))
                .containsExactly("steering@msh.example");
    }

    static Milestone milestone(MilestoneKind kind, LocalDate on) {
        Schedule schedule = Schedule.of("p-1");
        return schedule.plan("m-1", plan(kind, on), "steering", TODAY.minusDays(30), Instant.EPOCH);
    }

    static MilestonePlan plan(MilestoneKind kind, LocalDate on) {
        return new MilestonePlan("Verwendungsnachweis", kind, on, List.of(), null, null, null);
    }
}
