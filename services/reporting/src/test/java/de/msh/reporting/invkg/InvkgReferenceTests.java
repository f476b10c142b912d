package de.msh.reporting.invkg;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.reporting.invkg.domain.InvkgReference;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The § 8 report's reference data as shipped: its half-years and due days, its columns, and investment areas that are
 * the same as the funding service's programme lists (reporting cannot read funding's files at run time, so this test
 * keeps the two copies equal).
 */
class InvkgReferenceTests {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static InvkgReference shipped() throws Exception {
        try (InputStream in = InvkgReferenceTests.class.getResourceAsStream("/reference/invkg-report.json")) {
            return JSON.readValue(in, InvkgReference.class);
        }
    }

    @Test
    void halfYearsAndTheYearEndAndFallDueAsTheReferenceSays() throws Exception {
        InvkgReference reference = shipped();

        var first = reference.halfYear(2026, 1);
        var second = reference.halfYear(2026, 2);
        var year = reference.year(2026);

        assertThat(first.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(first.to()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(first.dueOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(second.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(second.dueOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(year.dueOn()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(first.label()).isEqualTo("1. Halbjahr 2026");
        assertThat(reference.fields())
                .extracting(InvkgReference.Field::key)
                .containsExactlyInAnyOrderElementsOf(InvkgReference.FIELD_KEYS);
        assertThat(reference.fields()).allSatisfy(f -> assertThat(f.source()).isNotBlank());
    }

    @Test
    void aColumnTheOverviewDoesNotKnowStopsTheStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InvkgReference(
                        1,
                        "invkg-arm1",
                        "x",
                        List.of(
                                new InvkgReference.HalfYear(1, "01-01", "06-30", "10-01", 0),
                                new InvkgReference.HalfYear(2, "07-01", "12-31", "04-01", 1)),
                        new InvkgReference.Yearly("10-01", 1, "x"),
                        "x",
                        List.of(new InvkgReference.Field("lieblingsfarbe", "Farbe", "x")),
                        List.of(),
                        List.of()))
                .hasMessageContaining("lieblingsfarbe");
    }

    @Test
    void theInvestmentAreasAreTheFundingProgrammes() throws Exception {
        JsonNode programmes =
                JSON.readTree(Files.readString(Path.of("../funding/src/main/resources/reference/programmes.json")));
        JsonNode arm1 = null;
        for (JsonNode programme : programmes.get("programmes")) {
            if (programme.get("id").asString().equals("invkg-arm1")) {
                arm1 = programme;
            }
        }
        assertThat(arm1).isNotNull();
        InvkgReference reference = shipped();
        assertThat(reference.investmentAreas())
                .hasSize(arm1.get("investmentAreas").size());
        for (int i = 0; i < reference.investmentAreas().size(); i++) {
            JsonNode theirs = arm1.get("investmentAreas").get(i);
            InvkgReference.Area ours = reference.investmentAreas().get(i);
            assertThat(ours.id()).isEqualTo(theirs.get("id").asString());
            assertThat(ours.number()).isEqualTo(theirs.get("number").asInt());
            assertThat(ours.name()).isEqualTo(theirs.get("name").asString());
        }
    }
}
