package de.msh.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Pins the wire format of every contract. A failing test here means consumers in production would break. */
class GoldenJsonTests {

    private final EventCodec codec = EventCodec.standard();

    static Stream<String> types() {
        return EventTypeRegistry.standard().all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void writesExactlyTheGoldenJson(String type) {
        DomainEvent sample = sampleOf(type);

        assertThat(Golden.tree(codec.toJson(sample))).isEqualTo(Golden.tree(Golden.text(type + ".json")));
    }

    @ParameterizedTest
    @MethodSource("types")
    void readsTheGoldenJsonBackIntoTheSameRecord(String type) {
        assertThat(codec.fromJson(type, Golden.text(type + ".json"))).contains(sampleOf(type));
    }

    @ParameterizedTest
    @MethodSource("types")
    void toleratesFieldsAddedByANewerProducer(String type) {
        ObjectNode withExtra = (ObjectNode) Golden.tree(Golden.text(type + ".json"));
        withExtra.put("addedLater", "ignored by old consumers");

        assertThat(codec.fromJson(type, withExtra.toString())).contains(sampleOf(type));
    }

    static Stream<String> typesThatGrew() {
        return ContractSamples.EARLIER.keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("typesThatGrew")
    void readsDataWrittenBeforeOptionalFieldsWereAdded(String type) {
        assertThat(codec.fromJson(type, Golden.text("earlier/" + type + ".json")))
                .contains(ContractSamples.EARLIER.get(type));
    }

    @ParameterizedTest
    @MethodSource("types")
    void refusesDataThatLacksARequiredField(String type) {
        assertThatThrownBy(() -> codec.fromJson(type, "{}")).isInstanceOf(InvalidEventException.class);
    }

    @ParameterizedTest
    @MethodSource("types")
    void refusesDataThatIsNotJson(String type) {
        assertThatThrownBy(() -> codec.fromJson(type, "not json")).isInstanceOf(InvalidEventException.class);
    }

    private static DomainEvent sampleOf(String type) {
        DomainEvent sample = ContractSamples.BY_TYPE.get(type);
        assertThat(sample).as("ContractSamples needs a sample for %s", type).isNotNull();
        return sample;
    }
}
