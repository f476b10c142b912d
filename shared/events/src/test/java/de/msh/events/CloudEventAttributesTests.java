package de.msh.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloudEventAttributesTests {

    private final EventEnvelope<DomainEvent> envelope = new EventEnvelope<>(
            UUID.fromString("5f0c1d9e-8a7b-4c3d-9e2f-1a2b3c4d5e6f"),
            EventContext.PROJECTS.source(),
            "msh.projects.ProjectRegistered.v1",
            "0b8e6d1c-3f0e-4c59-9d55-2f6f0a8f6a11",
            Instant.parse("2026-11-25T09:30:00.125Z"),
            1,
            ContractSamples.BY_TYPE.get("msh.projects.ProjectRegistered.v1"));

    @Test
    void writesExactlyTheGoldenHeaders() {
        Map<String, String> headers = CloudEventAttributes.headersOf(envelope);

        assertThat((Object) Golden.JSON.valueToTree(headers))
                .isEqualTo(Golden.tree(Golden.text("envelope-headers.json")));
    }

    @Test
    void readsTheHeadersBackIntoTheSameEnvelope() {
        var attributes = CloudEventAttributes.read(CloudEventAttributes.headersOf(envelope));

        assertThat(attributes.with(envelope.data())).isEqualTo(envelope);
    }

    @Test
    void refusesAMissingOrMalformedAttribute() {
        Map<String, String> missing = new HashMap<>(CloudEventAttributes.headersOf(envelope));
        missing.remove(CloudEventAttributes.SEQUENCE);
        Map<String, String> malformed = new HashMap<>(CloudEventAttributes.headersOf(envelope));
        malformed.put(CloudEventAttributes.TIME, "yesterday");

        assertThatThrownBy(() -> CloudEventAttributes.read(missing))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("ce_sequence");
        assertThatThrownBy(() -> CloudEventAttributes.read(malformed)).isInstanceOf(InvalidEventException.class);
    }

    @Test
    void refusesASequenceBelowOne() {
        assertThatThrownBy(() -> new EventEnvelope<>(
                        envelope.id(),
                        envelope.source(),
                        envelope.type(),
                        envelope.subject(),
                        envelope.time(),
                        0,
                        envelope.data()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
