package de.msh.funding.grant.domain;

import static de.msh.funding.grant.domain.GrantFixtures.ARM1;
import static de.msh.funding.grant.domain.GrantFixtures.NOW;
import static de.msh.funding.grant.domain.GrantFixtures.RULES;
import static de.msh.funding.grant.domain.GrantFixtures.TODAY;
import static de.msh.funding.grant.domain.GrantFixtures.applied;
import static de.msh.funding.grant.domain.GrantFixtures.decode;
import static de.msh.funding.grant.domain.GrantFixtures.tranche;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantRejected;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The money rules of a grant, from application to decision. */
class GrantTests {

    @Test
    void recordsTheApplicationToTheCent() {
        Grant grant = applied();

        assertThat(grant.requestedAmount()).isEqualTo(new BigDecimal("1400000.00"));
        assertThat(decode(grant.pendingEvents().get(0)))
                .isEqualTo(new GrantApplied(
                        "g-1",
                        "p-1",
                        "IB-1",
                        "invkg-arm1",
                        "2020-2026",
                        new BigDecimal("1400000.00"),
                        "EUR",
                        "finance"));
    }

    @Test
    void refusesAnApplicationOutsideTheProgrammesPeriodsOrFinerThanACent() {
        assertThatThrownBy(() -> Grant.apply("g-1", "IB-1", "p-1", ARM1, "2027-2032", BigDecimal.TEN, "finance", NOW))
                .isInstanceOfSatisfying(
                        InvalidGrant.class, e -> assertThat(e.field()).isEqualTo("period"));
        assertThatThrownBy(() ->
                        Grant.apply("g-1", "IB-1", "p-1", ARM1, "2020-2026", new BigDecimal("10.001"), "finance", NOW))
                .isInstanceOfSatisfying(
                        InvalidGrant.class, e -> assertThat(e.field()).isEqualTo("requestedAmount"));
    }

    @Test
    void approvesWhenTheRateAppliedToTheEligibleCostsGivesTheAmountExactly() {
        Grant grant = applied();
        Decision decision = new Decision(
                new BigDecimal("900000.00"),
                new BigDecimal("0.9"),
                new BigDecimal("1000000.00"),
                List.of(tranche(2025, "400000.00"), tranche(2026, "500000.00")),
                LocalDate.of(2026, 3, 2));

        grant.approve(decision, ARM1, RULES, TODAY, "finance", NOW);

        assertThat(grant.status()).isEqualTo(GrantStatus.APPROVED);
        assertThat(decode(grant.pendingEvents().get(1)))
                .isEqualTo(new GrantApproved(
                        "g-1",
                        "p-1",
                        "invkg-arm1",
                        new BigDecimal("900000.00"),
                        "EUR",
                        LocalDate.of(2026, 3, 2),
                        "finance",
                        new BigDecimal("0.9"),
                        new BigDecimal("1000000.00"),
                        LocalDate.of(2026, 12, 31)));
        assertThatThrownBy(() -> grant.approve(decision, ARM1, RULES, TODAY, "finance", NOW))
                .isInstanceOfSatisfying(
                        GrantRuleViolated.class, e -> assertThat(e.rule()).isEqualTo(GrantRuleViolated.NOT_PENDING));
    }

    @ParameterizedTest
    @CsvSource({
        "900000.01, 0.9, 1000000.00, 900000.01, 2026, amount",
        "900000.01, 0.9, 1000000.01, 900000.01, 2026, amount",
        "900000.00, 0.9, 1000000.00, 899999.99, 2026, tranches",
        "900000.00, 0.9, 1000000.00, 900000.00, 2027, tranches",
        "900000.00, 0.90001, 1000000.00, 900000.00, 2026, rate",
        "900000.00, 1.5, 1000000.00, 900000.00, 2026, rate"
    })
    void refusesADecisionThatBreaksAMoneyRuleAndNamesTheField(
            String amount, String rate, String eligible, String tranche, int year, String field) {
        Grant grant = applied();

        assertThatThrownBy(() -> grant.approve(
                        new Decision(
                                new BigDecimal(amount),
                                new BigDecimal(rate),
                                new BigDecimal(eligible),
                                List.of(tranche(year, tranche)),
                                LocalDate.of(2026, 3, 2)),
                        ARM1,
                        RULES,
                        TODAY,
                        "finance",
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidGrant.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(grant.status()).isEqualTo(GrantStatus.APPLIED);
        assertThat(grant.pendingEvents()).hasSize(1);
    }

    @Test
    void refusesAFederalShareAboveTheProgrammesHighest() {
        Grant grant = applied();
        Decision allOfIt = new Decision(
                new BigDecimal("1000000.00"),
                BigDecimal.ONE,
                new BigDecimal("1000000.00"),
                List.of(tranche(2026, "1000000.00")),
                LocalDate.of(2026, 3, 2));

        assertThatThrownBy(() -> grant.approve(allOfIt, ARM1, RULES, TODAY, "finance", NOW))
                .isInstanceOfSatisfying(
                        GrantRuleViolated.class,
                        e -> assertThat(e.rule()).isEqualTo(GrantRuleViolated.FEDERAL_SHARE_EXCEEDED));
    }

    @Test
    void rejectsWithTheReasonOfTheDecision() {
        Grant grant = applied();

        grant.reject("Kein Investitionsbereich", LocalDate.of(2026, 3, 2), TODAY, "finance", NOW);

        assertThat(decode(grant.pendingEvents().get(1)))
                .isEqualTo(new GrantRejected(
                        "g-1", "p-1", "Kein Investitionsbereich", LocalDate.of(2026, 3, 2), "finance"));
        assertThat(grant.history()).extracting(HistoryEntry::action).containsExactly("applied", "rejected");
    }
}
