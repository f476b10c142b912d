package de.msh.funding.grant.domain;

import static de.msh.funding.grant.domain.GrantFixtures.NOW;
import static de.msh.funding.grant.domain.GrantFixtures.RULES;
import static de.msh.funding.grant.domain.GrantFixtures.TODAY;
import static de.msh.funding.grant.domain.GrantFixtures.decision;
import static de.msh.funding.grant.domain.GrantFixtures.eur;
import static de.msh.funding.grant.domain.GrantFixtures.lastEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.funding.GrantApplied;
import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.ProofOfUseAccepted;
import de.msh.events.funding.RecipientKind;
import de.msh.funding.programme.domain.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the Land's report under § 8 InvKG needs of a grant travels with its events: the recipient's name and the
 * investment area from the application (an area the programme does not list is refused), the rate, eligible costs
 * and end of the measure from the decision, and the amount recognised by the final proof of use.
 */
class InvkgFactsTests {

    static final Programme ARM1 = new Programme(
            GrantFixtures.ARM1.id(),
            GrantFixtures.ARM1.name(),
            GrantFixtures.ARM1.maxFederalRate(),
            GrantFixtures.ARM1.rateSource(),
            GrantFixtures.ARM1.periods(),
            GrantFixtures.ARM1.envelopes(),
            List.of(new Programme.InvestmentArea("tourismus", 6, "Touristische Infrastruktur", "InvKG § 4 Abs. 1")));

    @Test
    void theApplicationCarriesRecipientAndInvestmentArea() {
        Grant grant = Grant.apply(
                "g-1",
                "IB-1",
                "p-1",
                ARM1,
                "2020-2026",
                eur("1000.00"),
                new Grant.Applicant(RecipientKind.MUNICIPALITY, "tourismus", "  Lutherstadt Eisleben "),
                "finance",
                NOW);

        assertThat(grant.recipient()).isEqualTo("Lutherstadt Eisleben");
        assertThat(grant.investmentArea()).isEqualTo("tourismus");
        assertThat(lastEvent(grant)).isInstanceOfSatisfying(GrantApplied.class, applied -> {
            assertThat(applied.investmentArea()).isEqualTo("tourismus");
            assertThat(applied.recipient()).isEqualTo("Lutherstadt Eisleben");
            assertThat(applied.recipientKind()).isEqualTo(RecipientKind.MUNICIPALITY);
        });
    }

    @Test
    void anAreaTheProgrammeDoesNotListIsRefused() {
        assertThatThrownBy(() -> Grant.apply(
                        "g-1",
                        "IB-1",
                        "p-1",
                        ARM1,
                        "2020-2026",
                        eur("1000.00"),
                        new Grant.Applicant(null, "raumfahrt", null),
                        "finance",
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidGrant.class, e -> assertThat(e.getMessage()).contains("raumfahrt"));
    }

    @Test
    void theDecisionAndTheFinalProofCarryWhatTheReportNeeds() {
        Grant grant = Grant.apply(
                "g-1", "IB-1", "p-1", ARM1, "2020-2026", eur("1400000.00"), Grant.Applicant.UNKNOWN, "finance", NOW);
        grant.approve(decision(), ARM1, RULES, TODAY, "finance", NOW);

        assertThat(grant.pendingEvents().stream()
                        .map(GrantFixtures::decode)
                        .filter(GrantApproved.class::isInstance)
                        .findFirst()
                        .orElseThrow())
                .isInstanceOfSatisfying(GrantApproved.class, approved -> {
                    assertThat(approved.rate()).isEqualByComparingTo("0.9");
                    assertThat(approved.eligibleCosts()).isEqualByComparingTo("1000000.00");
                    // the decision names no end: the end of the last tranche's year
                    assertThat(approved.measureEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
                });

        grant.acceptProof(
                new AcceptProof("final", TODAY, TODAY, eur("422222.23"), eur("380000.00")), TODAY, "finance", NOW);

        assertThat(lastEvent(grant))
                .isInstanceOfSatisfying(
                        ProofOfUseAccepted.class,
                        accepted -> assertThat(accepted.recognisedAmount()).isEqualTo(new BigDecimal("380000.00")));
    }
}
