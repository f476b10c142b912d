package de.msh.projects.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.EventCodec;
import de.msh.events.projects.PlannedContribution;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.platform.outbox.OutboxEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTests {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final ProjectDetails MAKERLAB = new ProjectDetails(
            "MakerLab Eisleben",
            null,
            "wertschoepfung",
            HandlingArea.VALUE_CREATION,
            List.of("Lutherstadt Eisleben"),
            null,
            null,
            List.of("Leuchtturm"),
            null);
    static final ProjectPlan JOBS = new ProjectPlan(
            null, List.of(new IndicatorContribution("jobs-created", "Arbeitsplätze", new BigDecimal("12"))));

    @Test
    void registeringRecordsProjectRegisteredAsItsFirstEvent() {
        ProjectId id = ProjectId.next();

        Project project = Project.register(id, "WS-001", MAKERLAB, JOBS, Phase.IDEA, "steering", NOW);

        assertThat(project.pendingEvents()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo("msh.projects.ProjectRegistered.v1");
            assertThat(entry.subject()).isEqualTo(id.value());
            assertThat(entry.sequence()).isEqualTo(1);
            assertThat(entry.occurredAt()).isEqualTo(NOW);
            assertThat(decode(entry))
                    .isEqualTo(new ProjectRegistered(
                            id.value(),
                            "WS-001",
                            "MakerLab Eisleben",
                            "wertschoepfung",
                            List.of("Lutherstadt Eisleben"),
                            ProjectPhase.IDEA,
                            null,
                            List.of(new PlannedContribution("jobs-created", "Arbeitsplätze", new BigDecimal("12"))),
                            "VALUE_CREATION",
                            null,
                            List.of("Leuchtturm"),
                            null));
        });
        assertThat(project.eventSequence()).isEqualTo(1);
        assertThat(project.history()).containsExactly(new HistoryEntry(NOW, "steering", "registered", "in IDEA", null));
    }

    @Test
    void publishesThePlannedCostWithItsYearlySplit() {
        ProjectPlan costed = new ProjectPlan(
                new PlannedCost(
                        new BigDecimal("480000.00"),
                        List.of(
                                new PlannedCost.YearlyAmount(2026, new BigDecimal("180000.00")),
                                new PlannedCost.YearlyAmount(2027, new BigDecimal("300000.00")))),
                List.of());

        Project project = Project.register(ProjectId.next(), "WS-002", MAKERLAB, costed, Phase.IDEA, "steering", NOW);

        ProjectRegistered registered =
                (ProjectRegistered) decode(project.pendingEvents().get(0));
        assertThat(registered.plannedCost())
                .isEqualTo(new de.msh.events.projects.PlannedCost(
                        new BigDecimal("480000.00"),
                        "EUR",
                        List.of(
                                new de.msh.events.projects.PlannedCost.YearlyAmount(2026, new BigDecimal("180000.00")),
                                new de.msh.events.projects.PlannedCost.YearlyAmount(
                                        2027, new BigDecimal("300000.00")))));
    }

    @Test
    void registersInThePhaseTheOfficeNames() {
        Project project = Project.register(
                ProjectId.next(),
                "MO-002",
                ProjectDetails.titled("Multimodale Mobilitätsstationen"),
                ProjectPlan.NONE,
                Phase.CONCEPT,
                "admin",
                NOW);

        assertThat(project.phase()).isEqualTo(Phase.CONCEPT);
        assertThat(project.pendingEvents().get(0).payload()).contains("\"phase\":\"CONCEPT\"");
    }

    @Test
    void updatingRecordsProjectUpdatedAndNamesTheChangedPartsInTheHistory() {
        Project project = Project.register(ProjectId.next(), "WS-001", MAKERLAB, JOBS, Phase.IDEA, "steering", NOW);
        ProjectDetails changed = new ProjectDetails(
                "MakerLab Eisleben",
                "Offene Werkstatt für digitale Fertigung",
                "wertschoepfung",
                HandlingArea.VALUE_CREATION,
                List.of("Lutherstadt Eisleben", "Hettstedt"),
                null,
                "Projektleitung Wertschöpfung",
                List.of("Leuchtturm"),
                "5d1f7a0e-2b8c-4a57-8f0d-6c9e3b2a1f40");
        ProjectPlan morejobs = new ProjectPlan(
                null, List.of(new IndicatorContribution("jobs-created", "Arbeitsplätze", new BigDecimal("15.0"))));

        assertThat(project.update(changed, morejobs, "steering", NOW)).isTrue();

        assertThat(project.details()).isEqualTo(changed);
        assertThat(project.eventSequence()).isEqualTo(2);
        assertThat(decode(project.pendingEvents().get(1)))
                .isEqualTo(new ProjectUpdated(
                        project.aggregateId(),
                        "MakerLab Eisleben",
                        "wertschoepfung",
                        "VALUE_CREATION",
                        List.of("Lutherstadt Eisleben", "Hettstedt"),
                        "steering",
                        "5d1f7a0e-2b8c-4a57-8f0d-6c9e3b2a1f40",
                        List.of(new PlannedContribution("jobs-created", "Arbeitsplätze", new BigDecimal("15"))),
                        "Projektleitung Wertschöpfung",
                        List.of("Leuchtturm"),
                        null));
        assertThat(project.history().get(1))
                .isEqualTo(new HistoryEntry(
                        NOW,
                        "steering",
                        "updated",
                        "description, municipalities, projectManager, studyId, indicators",
                        null));
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        Project project = Project.register(ProjectId.next(), "WS-001", MAKERLAB, JOBS, Phase.IDEA, "steering", NOW);
        ProjectDetails sameAfterCleaning = new ProjectDetails(
                "  MakerLab Eisleben ",
                " ",
                "wertschoepfung",
                HandlingArea.VALUE_CREATION,
                List.of("Lutherstadt Eisleben", " lutherstadt eisleben"),
                "",
                null,
                List.of("Leuchtturm", "LEUCHTTURM ", " "),
                " ");
        ProjectPlan samePlan = new ProjectPlan(
                null, List.of(new IndicatorContribution("jobs-created", "Arbeitsplätze ", new BigDecimal("12.000"))));

        assertThat(project.update(sameAfterCleaning, samePlan, "steering", NOW)).isFalse();

        assertThat(project.pendingEvents()).hasSize(1);
        assertThat(project.history()).hasSize(1);
    }

    @Test
    void refusesABlankTitle() {
        assertThatThrownBy(() -> ProjectDetails.titled("   ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Object decode(OutboxEntry entry) {
        return EventCodec.standard().fromJson(entry.type(), entry.payload()).orElseThrow();
    }
}
