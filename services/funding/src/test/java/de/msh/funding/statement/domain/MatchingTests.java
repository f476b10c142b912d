package de.msh.funding.statement.domain;

import static de.msh.funding.grant.domain.GrantFixtures.NOW;
import static de.msh.funding.grant.domain.GrantFixtures.TODAY;
import static de.msh.funding.grant.domain.GrantFixtures.approved;
import static de.msh.funding.grant.domain.GrantFixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;

import de.msh.funding.grant.domain.CallFunds;
import de.msh.funding.grant.domain.DisbursePayment;
import de.msh.funding.grant.domain.Grant;
import de.msh.funding.grant.domain.GrantFixtures;
import de.msh.funding.grant.domain.ReceivePayment;
import de.msh.funding.ledger.GrantFactsOf;
import de.msh.funding.statement.format.Direction;
import de.msh.funding.statement.format.ParsedBooking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matching rules: nothing is settled on a guess. The fixture grant has file number IB-1. */
class MatchingTests {

    private static final LocalDate CALLED = LocalDate.of(2025, 4, 1);

    @Test
    void findsTheGrantByItsFileNumberAsAWholeWordInAnyCase() {
        Grant grant = approved();

        assertThat(Matching.named(credit("100.00", CALLED, "Mittelabruf ib-1 Tranche 2025"), List.of(facts(grant))))
                .containsExactly(facts(grant));
        assertThat(Matching.named(credit("100.00", CALLED, "Mittelabruf IB-10 Tranche 2025"), List.of(facts(grant))))
                .isEmpty();
        assertThat(Matching.named(credit("100.00", CALLED, "Mittelabruf IB - 1"), List.of(facts(grant))))
                .isEmpty();
        assertThat(Matching.named(credit("100.00", CALLED, "Miete Mai"), List.of(facts(grant))))
                .isEmpty();
    }

    @Test
    void moneyForAnOpenCallOfExactlyItsAmountWithinTheWindowMatches() {
        Grant grant = called("40000.00");

        Matching.Outcome exact =
                Matching.decide(credit("40000.00", CALLED.plusDays(9), "IB-1"), List.of(facts(grant)), null);
        Matching.Outcome tooLate =
                Matching.decide(credit("40000.00", CALLED.plusDays(61), "IB-1"), List.of(facts(grant)), null);
        Matching.Outcome less =
                Matching.decide(credit("30000.00", CALLED.plusDays(9), "IB-1"), List.of(facts(grant)), null);

        assertThat(exact.status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(exact.callId()).isEqualTo("C-1");
        assertThat(tooLate.status()).isEqualTo(MatchStatus.PARTIAL);
        assertThat(less.status()).isEqualTo(MatchStatus.PARTIAL);
        assertThat(less.detail()).contains("C-1 über 40.000,00 EUR", "gebucht 30.000,00 EUR");
    }

    @Test
    void aReceiptRecordedByHandIsShownByTheBookingInsteadOfCountedAgain() {
        Grant grant = called("40000.00");
        grant.receive(new ReceivePayment("C-1", eur("40000.00"), CALLED.plusDays(8), null), TODAY, "finance", NOW);

        Matching.Outcome outcome =
                Matching.decide(credit("40000.00", CALLED.plusDays(9), "IB-1"), List.of(facts(grant)), null);

        assertThat(outcome.status()).isEqualTo(MatchStatus.MATCHED);
        assertThat(outcome.paymentId()).isEqualTo("R-1");
        assertThat(outcome.callId()).isNull();
    }

    @Test
    void withNothingOpenTheBookingIsUnmatchedAndWithoutAFileNumberUnexpected() {
        Grant grant = approved();

        assertThat(Matching.decide(credit("5.00", CALLED, "IB-1"), List.of(facts(grant)), null)
                        .status())
                .isEqualTo(MatchStatus.UNMATCHED);
        assertThat(Matching.decide(credit("5.00", CALLED, "Miete"), List.of(), null)
                        .status())
                .isEqualTo(MatchStatus.UNEXPECTED);
        assertThat(Matching.decide(credit("5.00", CALLED, "IB-1"), List.of(facts(grant)), "abc/2")
                        .status())
                .isEqualTo(MatchStatus.DUPLICATE);
        assertThat(Matching.decide(credit("5.00", CALLED, "IB-1 IB-2"), List.of(facts(grant), facts(grant)), null)
                        .status())
                .isEqualTo(MatchStatus.PARTIAL);
    }

    @Test
    void moneyOutMatchesADisbursementOfTheSameAmountAndAReversalNeedsAHand() {
        Grant grant = called("40000.00");
        grant.receive(new ReceivePayment("C-1", eur("40000.00"), CALLED.plusDays(8), null), TODAY, "finance", NOW);
        grant.disburse(
                new DisbursePayment("Träger", eur("35000.00"), CALLED.plusDays(10), null), TODAY, "finance", NOW);
        ParsedBooking out = new ParsedBooking(
                1,
                "Zeile 2",
                "REF-9",
                CALLED.plusDays(11),
                CALLED.plusDays(11),
                eur("35000.00"),
                Direction.DEBIT,
                false,
                "Träger",
                null,
                "IB-1 Weiterleitung",
                null);
        ParsedBooking reversed = new ParsedBooking(
                2,
                "Zeile 3",
                "REF-10",
                CALLED.plusDays(11),
                CALLED.plusDays(11),
                eur("35000.00"),
                Direction.DEBIT,
                true,
                "Träger",
                null,
                "IB-1",
                null);

        assertThat(Matching.decide(out, List.of(facts(grant)), null).paymentId())
                .isEqualTo("D-1");
        assertThat(Matching.decide(reversed, List.of(facts(grant)), null).status())
                .isEqualTo(MatchStatus.UNMATCHED);
    }

    @Test
    void aBookingAlreadySettledOnAGrantIsFoundAgainRatherThanCountedTwice() {
        Grant grant = called("40000.00");
        grant.receive(new ReceivePayment("C-1", eur("40000.00"), CALLED.plusDays(9), "st-1/1"), TODAY, "matching", NOW);

        assertThat(Matching.settledBefore("st-1/1", List.of(facts(grant))))
                .hasValueSatisfying(o -> assertThat(o.paymentId()).isEqualTo("R-1"));
        assertThat(Matching.settledBefore("st-1/2", List.of(facts(grant)))).isEmpty();
    }

    private static Grant called(String amount) {
        Grant grant = GrantFixtures.approved();
        grant.callFunds(new CallFunds(2025, eur(amount), CALLED, null), TODAY, "finance", NOW);
        return grant;
    }

    private static ParsedBooking credit(String amount, LocalDate day, String text) {
        return new ParsedBooking(
                1,
                "Stmt[1]/Ntry[1]",
                null,
                day,
                day,
                new BigDecimal(amount),
                Direction.CREDIT,
                false,
                "Landeshauptkasse Sachsen-Anhalt",
                null,
                text,
                null);
    }

    private static GrantFacts facts(Grant grant) {
        return GrantFactsOf.of(grant);
    }
}
