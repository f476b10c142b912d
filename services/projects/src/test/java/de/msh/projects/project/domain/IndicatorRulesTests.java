package de.msh.projects.project.domain;

import static de.msh.projects.project.domain.Phase.COMPLETED;
import static de.msh.projects.project.domain.Phase.IMPLEMENTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.EventCodec;
import de.msh.events.projects.ProjectIndicatorReported;
import de.msh.platform.outbox.OutboxEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Masterplan contributions and the reports of what a project achieved on them. */
class IndicatorRulesTests {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final ProjectPlan CYCLE_ROUTE =
            new ProjectPlan(null, List.of(new IndicatorContribution("cycle-route-km", "km", new BigDecimal("42.5"))));

    @ParameterizedTest
    @EnumSource(
            value = Phase.class,
            names = {"IMPLEMENTATION", "COMPLETED"})
    void reportsAResultOnAPlannedIndicatorWithTheEvidence(Phase phase) {
        Project project = projectIn(phase);
        int historyBefore = project.history().size();

        report(project, "cycle-route-km", "12.50", TODAY);

        assertThat(project.indicatorReports())
                .singleElement()
                .isEqualTo(new IndicatorReport(
                        "cycle-route-km", "km", new BigDecimal("12.5"), TODAY, "Abnahmeprotokoll", "steering", NOW));
        assertThat(lastEvent(project))
                .isEqualTo(new ProjectIndicatorReported(
                        project.aggregateId(),
                        "cycle-route-km",
                        "km",
                        new BigDecimal("12.5"),
                        TODAY,
                        "Abnahmeprotokoll",
                        "steering"));
        assertThat(project.history()).hasSize(historyBefore + 1);
        assertThat(project.history().get(historyBefore).detail()).isEqualTo("cycle-route-km = 12.5 km (2026-11-25)");
    }

    @ParameterizedTest
    @EnumSource(
            value = Phase.class,
            names = {"IDEA", "CONCEPT", "APPLICATION", "APPROVED", "CANCELLED"})
    void refusesResultsBeforeImplementation(Phase phase) {
        Project project = projectIn(phase);

        assertRefused(
                project,
                () -> report(project, "cycle-route-km", "1", TODAY),
                IndicatorRuleViolated.REQUIRES_IMPLEMENTATION);
    }

    @Test
    void acceptsResultsOfAProjectHeldDuringImplementation() {
        Project project = projectIn(IMPLEMENTATION);
        project.changePhase(new PhaseChange(Phase.ON_HOLD, "steering", "Baustopp", false), false, NOW);

        report(project, "cycle-route-km", "3", TODAY);

        assertThat(project.indicatorReports()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
        "jobs-created, 1, 2026-11-25, indicator",
        "Cycle Route, 1, 2026-11-25, indicator",
        "cycle-route-km, -1, 2026-11-25, value",
        "cycle-route-km, 0.0001, 2026-11-25, value",
        "cycle-route-km, 1, 2026-11-26, achievedOn",
        "cycle-route-km, 1, 2019-12-31, achievedOn"
    })
    void refusesAReportThatBreaksARuleAndNamesTheField(
            String indicator, String value, LocalDate achievedOn, String field) {
        Project project = projectIn(IMPLEMENTATION);

        assertThatThrownBy(() -> report(project, indicator, value, achievedOn))
                .isInstanceOfSatisfying(
                        InvalidIndicator.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(project.indicatorReports()).isEmpty();
    }

    @Test
    void theAchievementIsTheReportOfTheLatestDayAndACorrectionOnTheSameDayWins() {
        Project project = projectIn(COMPLETED);
        report(project, "cycle-route-km", "20", LocalDate.of(2026, 9, 1));
        report(project, "cycle-route-km", "10", LocalDate.of(2026, 6, 1));
        report(project, "cycle-route-km", "21", LocalDate.of(2026, 9, 1));

        assertThat(project.achievement("cycle-route-km"))
                .get()
                .extracting(IndicatorReport::value)
                .isEqualTo(new BigDecimal("21"));
        assertThat(project.achievement("jobs-created")).isEmpty();
    }

    @Test
    void refusesAPlanThatDropsOrRenamesTheUnitOfAnIndicatorWithResults() {
        Project project = projectIn(IMPLEMENTATION);
        report(project, "cycle-route-km", "5", TODAY);
        ProjectPlan inMetres = new ProjectPlan(
                null, List.of(new IndicatorContribution("cycle-route-km", "m", new BigDecimal("42500"))));

        for (ProjectPlan plan : List.of(ProjectPlan.NONE, inMetres)) {
            assertRefused(
                    project,
                    () -> project.update(project.details(), plan, "steering", NOW),
                    IndicatorRuleViolated.HAS_REPORTS);
        }
        ProjectPlan longer =
                new ProjectPlan(null, List.of(new IndicatorContribution("cycle-route-km", "km", new BigDecimal("50"))));
        assertThat(project.update(project.details(), longer, "steering", NOW)).isTrue();
    }

    @Test
    void refusesAnIndicatorPlannedTwiceOrWithoutAUnit() {
        var twice = List.of(
                new IndicatorContribution("jobs-created", "Arbeitsplätze", BigDecimal.ONE),
                new IndicatorContribution("jobs-created", "Arbeitsplätze", BigDecimal.TEN));

        assertThatThrownBy(() -> new ProjectPlan(null, twice))
                .isInstanceOfSatisfying(
                        InvalidIndicator.class, e -> assertThat(e.field()).isEqualTo("indicators"));
        assertThatThrownBy(() -> new IndicatorContribution("jobs-created", " ", BigDecimal.ONE))
                .isInstanceOfSatisfying(
                        InvalidIndicator.class, e -> assertThat(e.field()).isEqualTo("unit"));
    }

    private static void report(Project project, String indicator, String value, LocalDate achievedOn) {
        project.reportIndicator(
                indicator, new BigDecimal(value), achievedOn, " Abnahmeprotokoll ", "steering", NOW, TODAY);
    }

    private static void assertRefused(Project project, Runnable change, String rule) {
        List<OutboxEntry> eventsBefore = List.copyOf(project.pendingEvents());
        int historyBefore = project.history().size();
        ProjectPlan planBefore = project.plan();

        assertThatThrownBy(change::run)
                .isInstanceOfSatisfying(
                        IndicatorRuleViolated.class, e -> assertThat(e.rule()).isEqualTo(rule));
        assertThat(project.pendingEvents()).isEqualTo(eventsBefore);
        assertThat(project.history()).hasSize(historyBefore);
        assertThat(project.plan()).isEqualTo(planBefore);
    }

    private static Project projectIn(Phase target) {
        return ProjectFixtures.projectIn(target, CYCLE_ROUTE);
    }

    private static Object lastEvent(Project project) {
        OutboxEntry last = project.pendingEvents().get(project.pendingEvents().size() - 1);
        return EventCodec.standard().fromJson(last.type(), last.payload()).orElseThrow();
    }
}
