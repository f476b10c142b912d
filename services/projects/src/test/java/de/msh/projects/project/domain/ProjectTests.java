package de.msh.projects.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.EventCodec;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.platform.outbox.OutboxEntry;
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
            null);

    @Test
    void registeringRecordsProjectRegisteredAsItsFirstEvent() {
        ProjectId id = ProjectId.next();

        Project project = Project.register(id, "WS-001", MAKERLAB, Phase.IDEA, "steering", NOW);

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
                            ProjectPhase.IDEA));
        });
        assertThat(project.eventSequence()).isEqualTo(1);
        assertThat(project.history()).containsExactly(new HistoryEntry(NOW, "steering", "registered", "in IDEA", null));
    }

    @Test
    void registersInThePhaseTheOfficeNames() {
        Project project = Project.register(
                ProjectId.next(),
                "MO-002",
                ProjectDetails.titled("Multimodale Mobilitätsstationen"),
                Phase.CONCEPT,
                "admin",
                NOW);

        assertThat(project.phase()).isEqualTo(Phase.CONCEPT);
        assertThat(project.pendingEvents().get(0).payload()).contains("\"phase\":\"CONCEPT\"");
    }

    @Test
    void updatingRecordsProjectUpdatedAndNamesTheChangedPartsInTheHistory() {
        Project project = Project.register(ProjectId.next(), "WS-001", MAKERLAB, Phase.IDEA, "steering", NOW);
        ProjectDetails changed = new ProjectDetails(
                "MakerLab Eisleben",
                "Offene Werkstatt für digitale Fertigung",
                "wertschoepfung",
                HandlingArea.VALUE_CREATION,
                List.of("Lutherstadt Eisleben", "Hettstedt"),
                null,
                "Projektleitung Wertschöpfung",
                null);

        assertThat(project.update(changed, "steering", NOW)).isTrue();

        assertThat(project.details()).isEqualTo(changed);
        assertThat(project.eventSequence()).isEqualTo(2);
        assertThat(decode(project.pendingEvents().get(1)))
                .isEqualTo(new ProjectUpdated(
                        project.aggregateId(),
                        "MakerLab Eisleben",
                        "wertschoepfung",
                        "VALUE_CREATION",
                        List.of("Lutherstadt Eisleben", "Hettstedt"),
                        "steering"));
        assertThat(project.history().get(1))
                .isEqualTo(new HistoryEntry(
                        NOW, "steering", "updated", "description, municipalities, projectManager", null));
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        Project project = Project.register(ProjectId.next(), "WS-001", MAKERLAB, Phase.IDEA, "steering", NOW);
        ProjectDetails sameAfterCleaning = new ProjectDetails(
                "  MakerLab Eisleben ",
                " ",
                "wertschoepfung",
                HandlingArea.VALUE_CREATION,
                List.of("Lutherstadt Eisleben", " Lutherstadt Eisleben"),
                "",
                null,
                null);

        assertThat(project.update(sameAfterCleaning, "steering", NOW)).isFalse();

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
