package de.msh.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import org.junit.jupiter.api.Test;

class EventTypeRegistryTests {

    private final EventTypeRegistry registry = EventTypeRegistry.standard();

    @Test
    void findsEveryContractThroughTheSealedInterfaces() {
        assertThat(registry.all())
                .containsEntry("msh.projects.ProjectRegistered.v1", ProjectRegistered.class)
                .containsEntry("msh.projects.ProjectPhaseChanged.v1", ProjectPhaseChanged.class);
        assertThat(registry.all().keySet()).isEqualTo(ContractSamples.BY_TYPE.keySet());
    }

    @Test
    void mapsRecordsBackToTheirType() {
        assertThat(registry.typeOf(ProjectRegistered.class)).isEqualTo("msh.projects.ProjectRegistered.v1");
    }

    @Test
    void knowsNothingOfUnknownTypes() {
        assertThat(registry.recordFor("msh.projects.ProjectTeleported.v1")).isEmpty();
        assertThat(EventCodec.standard().fromJson("msh.projects.ProjectTeleported.v1", "{}"))
                .isEmpty();
    }

    @Test
    void refusesToNameAClassThatIsNoContract() {
        record NotAContract() implements DomainEvent {}

        assertThatThrownBy(() -> registry.typeOf(NotAContract.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesTopicsAfterTheContext() {
        assertThat(EventContext.PROJECTS.topic()).isEqualTo("msh.projects.events");
        assertThat(EventContext.PROJECTS.deadLetterTopic()).isEqualTo("msh.projects.events.dlq");
        assertThat(EventContext.PROJECTS.source()).hasToString("/services/projects");
    }
}
