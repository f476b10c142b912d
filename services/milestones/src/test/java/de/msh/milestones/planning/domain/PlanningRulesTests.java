package de.msh.milestones.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.funding.ProofKind;
import de.msh.events.projects.ProjectPhase;
import java.io.InputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The shipped reference data reads, and its windows are the funding rules' (ANBest-P 6 weeks, ANBest-Gk 2 months). */
class PlanningRulesTests {

    private final PlanningRules rules = read();

    @Test
    void everyPhaseUpToImplementationPlansTheGateIntoTheNextOne() {
        for (ProjectPhase phase : new ProjectPhase[] {
            ProjectPhase.IDEA,
            ProjectPhase.CONCEPT,
            ProjectPhase.APPLICATION,
            ProjectPhase.APPROVED,
            ProjectPhase.IMPLEMENTATION
        }) {
            assertThat(rules.gatesPlannedOnEntering(phase))
                    .singleElement()
                    .satisfies(gate -> assertThat(gate.into().ordinal()).isEqualTo(phase.ordinal() + 1));
        }
        assertThat(rules.gatesPlannedOnEntering(ProjectPhase.ON_HOLD)).isEmpty();
        assertThat(rules.phaseGatesSource()).contains("Beispiel");
    }

    @Test
    void moneyReceivedIsSpentWithinSixWeeksOrTwoMonthsForAMunicipality() {
        LocalDate received = LocalDate.of(2026, 12, 31);

        assertThat(rules.spendingWindow(false).endFor(received)).isEqualTo(LocalDate.of(2027, 2, 11));
        assertThat(rules.spendingWindow(true).endFor(received)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(rules.spendingWindow(false).source()).startsWith("ANBest-P");
        assertThat(rules.spendingWindow(true).source()).startsWith("ANBest-Gk");
    }

    @Test
    void namesEveryKindOfProof() {
        assertThat(rules.proofTitle(ProofKind.FINAL)).isEqualTo("Verwendungsnachweis einreichen");
        assertThat(rules.proofTitle(ProofKind.INTERIM)).isEqualTo("Zwischennachweis einreichen");
    }

    private static PlanningRules read() {
        try (InputStream in = PlanningRulesTests.class.getResourceAsStream("/reference/planning-rules.json")) {
            return JsonMapper.builder()
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, PlanningRules.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
