package de.msh.projects.project.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.EventCodec;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTests {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void registeringRecordsProjectRegisteredAsItsFirstEvent() {
        ProjectId id = ProjectId.next();

        Project project = Project.register(
                id,
                "WS-001",
                "MakerLab Eisleben",
                "wertschoepfung",
                List.of("Lutherstadt Eisleben"),
                Phase.IDEA,
                "steering",
                NOW);

        assertThat(project.pendingEvents()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo("msh.projects.ProjectRegistered.v1");
            assertThat(entry.subject()).isEqualTo(id.value());
            assertThat(entry.sequence()).isEqualTo(1);
            assertThat(entry.occurredAt()).isEqualTo(NOW);
            assertThat(EventCodec.standard().fromJson(entry.type(), entry.payload()))
                    .contains(new ProjectRegistered(
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
                "Multimodale Mobilitätsstationen",
                null,
                List.of(),
                Phase.CONCEPT,
                "admin",
                NOW);

        assertThat(project.phase()).isEqualTo(Phase.CONCEPT);
        assertThat(project.pendingEvents().get(0).payload()).contains("\"phase\":\"CONCEPT\"");
    }
}
