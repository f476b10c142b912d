package de.msh.reporting.statusreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.reporting.statusreport.domain.Condition;
import de.msh.reporting.statusreport.domain.Light;
import de.msh.reporting.statusreport.domain.StatusRules;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatusRulesTests {

    static final StatusRules RULES = new StatusRules(
            1,
            "Beispiel",
            14,
            Map.of(Condition.GATE_MISSED, "Phasentor versäumt", Condition.INDICATOR_DETERIORATING, "Indikator"),
            Map.of(Condition.MILESTONE_AT_RISK, "gefährdet"));

    @Test
    void redWinsAndEveryReasonIsGivenRedFirst() {
        var judgement = RULES.judge(EnumSet.of(Condition.MILESTONE_AT_RISK, Condition.GATE_MISSED));

        assertThat(judgement.light()).isEqualTo(Light.RED);
        assertThat(judgement.reasons()).containsExactly("Phasentor versäumt", "gefährdet");
    }

    @Test
    void yellowWithoutRedAndGreenWithoutEither() {
        assertThat(RULES.judge(EnumSet.of(Condition.MILESTONE_AT_RISK)).light()).isEqualTo(Light.YELLOW);
        // a condition the rules do not name changes nothing
        assertThat(RULES.judge(EnumSet.of(Condition.MILESTONE_MISSED)).light()).isEqualTo(Light.GREEN);
        assertThat(RULES.judge(Set.of()).reasons()).isEmpty();
    }

    @Test
    void aConditionCannotBeRedAndYellow() {
        assertThatThrownBy(() -> new StatusRules(
                        1, "x", 14, Map.of(Condition.GATE_MISSED, "a"), Map.of(Condition.GATE_MISSED, "b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
