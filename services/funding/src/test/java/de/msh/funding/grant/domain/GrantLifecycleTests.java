package de.msh.funding.grant.domain;

import static de.msh.funding.grant.domain.GrantFixtures.ARM1;
import static de.msh.funding.grant.domain.GrantFixtures.NOW;
import static de.msh.funding.grant.domain.GrantFixtures.RULES;
import static de.msh.funding.grant.domain.GrantFixtures.TODAY;
import static de.msh.funding.grant.domain.GrantFixtures.approved;
import static de.msh.funding.grant.domain.GrantFixtures.eur;
import static de.msh.funding.grant.domain.GrantFixtures.lastEvent;
import static de.msh.funding.grant.domain.GrantFixtures.tranche;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.msh.events.funding.FundsCalled;
import de.msh.events.funding.GrantAmended;
import de.msh.events.funding.GrantClosed;
import de.msh.events.funding.GrantReclaimed;
import de.msh.events.funding.PaymentReceived;
import de.msh.events.funding.PaymentReconciled;
import de.msh.events.funding.ProofKind;
import de.msh.events.funding.ProofOfUseDue;
import de.msh.funding.rules.domain.InterestCalculation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The money rules after approval: calls, payments, amendments, proofs of use, reclaims and closing. */
class GrantLifecycleTests {

    private static final LocalDate CALLED = LocalDate.of(2025, 4, 1);

    @Test
    void callsDrawOnATrancheAndNeverBeyondIt() {
        Grant grant = approved();

        grant.callFunds(new CallFunds(2025, eur("150000.00"), CALLED, "Bauabschnitt 1"), TODAY, "finance", NOW);
        grant.callFunds(new CallFunds(2025, eur("250000.00"), CALLED.plusDays(10), null), TODAY, "finance", NOW);

        assertThat(lastEvent(grant))
                .isEqualTo(new FundsCalled(
                        "g-1", "p-1", "IB-1", "C-2", 2025, eur("250000.00"), "EUR", CALLED.plusDays(10), "finance"));
        assertRule(
                () -> grant.callFunds(new CallFunds(2025, eur("0.01"), CALLED, null), TODAY, "finance", NOW),
                GrantRuleViolated.CALL_EXCEEDS_TRANCHE);
        assertField(
                () -> grant.callFunds(new CallFunds(2024, eur("1.00"), CALLED, null), TODAY, "finance", NOW),
                "trancheYear");
        assertField(
                () -> grant.callFunds(new CallFunds(2026, eur("1.00"), TODAY.plusDays(1), null), TODAY, "finance", NOW),
                "calledOn");
        assertField(
                () -> grant.callFunds(new CallFunds(2026, eur("1.001"), CALLED, null), TODAY, "finance", NOW),
                "amount");
        assertThat(grant.account().called()).isEqualTo(eur("400000.00"));
    }

    @Test
    void noCallBeforeApproval() {
        Grant grant = GrantFixtures.applied();

        assertRule(
                () -> grant.callFunds(new CallFunds(2025, eur("1.00"), CALLED, null), TODAY, "finance", NOW),
                GrantRuleViolated.NOT_APPROVED);
        assertThat(grant.pendingEvents()).hasSize(1);
    }

    @Test
    void noPaymentWithoutACallAndNeverMoreThanTheCallAsked() {
        Grant grant = approved();
        grant.callFunds(new CallFunds(2025, eur("100000.00"), CALLED, null), TODAY, "finance", NOW);

        assertRule(
                () -> grant.receive(new ReceivePayment("C-9", eur("1.00"), CALLED, null), TODAY, "finance", NOW),
                GrantRuleViolated.NO_CALL);
        assertField(
                () -> grant.receive(
                        new ReceivePayment("C-1", eur("1.00"), CALLED.minusDays(1), null), TODAY, "finance", NOW),
                "receivedOn");
        grant.receive(new ReceivePayment("C-1", eur("60000.00"), CALLED.plusDays(9), null), TODAY, "finance", NOW);
        assertRule(
                () -> grant.receive(
                        new ReceivePayment("C-1", eur("40000.01"), CALLED.plusDays(9), null), TODAY, "finance", NOW),
                GrantRuleViolated.PAYMENT_EXCEEDS_CALL);
        grant.receive(new ReceivePayment("C-1", eur("40000.00"), CALLED.plusDays(12), null), TODAY, "finance", NOW);

        assertThat(lastEvent(grant))
                .isEqualTo(new PaymentReceived(
                        "g-1", "p-1", "C-1", "R-2", eur("40000.00"), "EUR", CALLED.plusDays(12), "finance"));
        assertThat(grant.account().received()).isEqualTo(eur("100000.00"));
    }

    @Test
    void aReceiptFromABankBookingIsRecordedOnceHoweverOftenTheBookingComes() {
        Grant grant = approved();
        grant.callFunds(new CallFunds(2025, eur("100000.00"), CALLED, null), TODAY, "finance", NOW);

        grant.receive(
                new ReceivePayment("C-1", eur("100000.00"), CALLED.plusDays(9), "ST-1/2"), TODAY, "matching", NOW);
        int events = grant.pendingEvents().size();
        grant.receive(
                new ReceivePayment("C-1", eur("100000.00"), CALLED.plusDays(9), "ST-1/2"), TODAY, "matching", NOW);

        assertThat(grant.pendingEvents()).hasSize(events);
        assertThat(grant.account().received()).isEqualTo(eur("100000.00"));
        assertThat(lastEvent(grant))
                .isEqualTo(new PaymentReconciled(
                        "g-1", "p-1", "R-1", "ST-1/2", eur("100000.00"), "EUR", CALLED.plusDays(9), "matching"));
    }

    @Test
    void onlyReceivedMoneyCanBePassedOnAndEachDisbursementIsShownByOneBooking() {
        Grant grant = approved();
        grant.callFunds(new CallFunds(2025, eur("100000.00"), CALLED, null), TODAY, "finance", NOW);
        grant.receive(new ReceivePayment("C-1", eur("100000.00"), CALLED.plusDays(9), null), TODAY, "finance", NOW);

        grant.disburse(
                new DisbursePayment("Lutherstadt Eisleben", eur("70000.00"), CALLED.plusDays(12), null),
                TODAY,
                "finance",
                NOW);
        assertRule(
                () -> grant.disburse(
                        new DisbursePayment("Träger", eur("30000.01"), CALLED.plusDays(12), null),
                        TODAY,
                        "finance",
                        NOW),
                GrantRuleViolated.DISBURSEMENT_EXCEEDS_RECEIPTS);

        assertThat(grant.reconcile("D-1", "ST-2/1", eur("70000.00"), CALLED.plusDays(13), "finance", NOW))
                .isTrue();
        assertThat(grant.reconcile("D-1", "ST-2/1", eur("70000.00"), CALLED.plusDays(13), "finance", NOW))
                .isFalse();
        assertRule(
                () -> grant.reconcile("D-1", "ST-3/1", eur("70000.00"), CALLED.plusDays(13), "finance", NOW),
                GrantRuleViolated.ALREADY_RECONCILED);
        assertField(() -> grant.reconcile("R-1", "ST-3/1", eur("99.00"), CALLED, "finance", NOW), "amount");
        assertThat(grant.account().unspent()).isEqualTo(eur("30000.00"));
    }

    @Test
    void moneyPassedOnUsesTheOldestReceiptsFirst() {
        Grant grant = approved();
        grant.callFunds(new CallFunds(2025, eur("150000.00"), CALLED, null), TODAY, "finance", NOW);
        grant.receive(
                new ReceivePayment("C-1", eur("100000.00"), LocalDate.of(2025, 4, 10), null), TODAY, "finance", NOW);
        grant.receive(
                new ReceivePayment("C-1", eur("50000.00"), LocalDate.of(2025, 5, 2), null), TODAY, "finance", NOW);

        grant.disburse(
                new DisbursePayment("Träger", eur("120000.00"), LocalDate.of(2025, 5, 5), null), TODAY, "finance", NOW);

        assertThat(grant.account().unspentReceipts())
                .extracting(u -> u.receipt().id(), GrantAccount.Unspent::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R-2", eur("30000.00")));
    }

    @Test
    void schedulesInterimProofsForEachYearBeforeTheEndAndTheFinalSixMonthsAfter() {
        Grant grant = approved();

        assertThat(grant.proofs().all())
                .extracting(ProofOfUse::id, ProofOfUse::kind, ProofOfUse::dueOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "interim-2025", ProofKind.INTERIM, LocalDate.of(2026, 4, 30)),
                        org.assertj.core.groups.Tuple.tuple("final", ProofKind.FINAL, LocalDate.of(2027, 6, 30)));
        assertThat(grant.pendingEvents().stream().filter(e -> e.type().endsWith("ProofOfUseDue.v1")))
                .hasSize(2);
    }

    @Test
    void anAmendmentKeepsTheEarlierDecisionMovesOpenProofsAndCannotGoBelowWhatWasCalled() {
        Grant grant = approved();
        grant.callFunds(new CallFunds(2025, eur("300000.00"), CALLED, null), TODAY, "finance", NOW);
        Decision longer = new Decision(
                eur("990000.00"),
                new BigDecimal("0.9"),
                eur("1100000.00"),
                List.of(tranche(2025, "400000.00"), tranche(2026, "590000.00")),
                LocalDate.of(2026, 9, 15),
                LocalDate.of(2027, 3, 31),
                null);

        assertRule(
                () -> grant.amend(
                        new Decision(
                                eur("270000.00"),
                                new BigDecimal("0.9"),
                                eur("300000.00"),
                                List.of(tranche(2025, "270000.00")),
                                LocalDate.of(2026, 9, 15)),
                        "Kürzung",
                        ARM1,
                        RULES,
                        TODAY,
                        "finance",
                        NOW),
                GrantRuleViolated.AMENDMENT_BELOW_CALLED);
        grant.amend(longer, "Mehrkosten anerkannt", ARM1, RULES, TODAY, "finance", NOW);

        assertThat(grant.superseded()).containsExactly(GrantFixtures.decision());
        assertThat(grant.decision()).isEqualTo(longer);
        assertThat(grant.proofs().all())
                .extracting(ProofOfUse::id, ProofOfUse::dueOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("interim-2025", LocalDate.of(2026, 4, 30)),
                        org.assertj.core.groups.Tuple.tuple("interim-2026", LocalDate.of(2027, 4, 30)),
                        org.assertj.core.groups.Tuple.tuple("final", LocalDate.of(2027, 9, 30)));
        List<Object> events =
                grant.pendingEvents().stream().map(GrantFixtures::decode).toList();
        assertThat(events)
                .contains(new GrantAmended(
                        "g-1",
                        "p-1",
                        2,
                        eur("990000.00"),
                        new BigDecimal("0.9"),
                        eur("1100000.00"),
                        "EUR",
                        LocalDate.of(2026, 9, 15),
                        "Mehrkosten anerkannt",
                        "finance",
                        grant.decision().measureEnd()))
                .contains(new ProofOfUseDue(
                        "g-1",
                        "p-1",
                        "final",
                        ProofKind.FINAL,
                        LocalDate.of(2027, 9, 30),
                        "Verwendungsnachweis: ANBest-P Nr. 6.1"));
        assertThat(grant.committedAmount()).isEqualTo(eur("990000.00"));
    }

    @Test
    void theFinalProofRecognisesAtMostTheRateAppliedToWhatWasProven() {
        Grant grant = approved();

        assertRule(
                () -> grant.acceptProof(
                        new AcceptProof("final", TODAY, TODAY, eur("500000.00"), eur("450000.01")),
                        TODAY,
                        "finance",
                        NOW),
                GrantRuleViolated.RECOGNISED_ABOVE_SHARE);
        assertField(
                () -> grant.acceptProof(
                        new AcceptProof("final", TODAY, TODAY, eur("500000.00"), null), TODAY, "finance", NOW),
                "recognisedAmount");
        assertField(
                () -> grant.acceptProof(
                        new AcceptProof("interim-2025", TODAY, TODAY, eur("1.00"), eur("1.00")), TODAY, "finance", NOW),
                "recognisedAmount");
        ProofOfUse accepted = grant.acceptProof(
                new AcceptProof("interim-2025", LocalDate.of(2026, 5, 4), TODAY, eur("380000.00"), null),
                TODAY,
                "finance",
                NOW);

        assertThat(accepted.late(TODAY)).isTrue();
        assertRule(
                () -> grant.acceptProof(
                        new AcceptProof("interim-2025", TODAY, TODAY, eur("1.00"), null), TODAY, "finance", NOW),
                GrantRuleViolated.PROOF_NOT_DUE);
    }

    @Test
    void aReclaimTakesBackOnlyWhatWasPaidOutAndChargesInterestUntilRepaid() {
        Grant grant = approved();
        grant.callFunds(new CallFunds(2025, eur("100000.00"), CALLED, null), TODAY, "finance", NOW);
        grant.receive(
                new ReceivePayment("C-1", eur("100000.00"), LocalDate.of(2025, 4, 10), null), TODAY, "finance", NOW);

        assertRule(
                () -> grant.reclaim(
                        new ReclaimFunds(eur("100000.01"), LocalDate.of(2025, 4, 10), TODAY, "zu viel"),
                        TODAY,
                        "finance",
                        NOW),
                GrantRuleViolated.RECLAIM_EXCEEDS_RECEIPTS);
        grant.reclaim(
                new ReclaimFunds(
                        eur("10000.00"), LocalDate.of(2025, 6, 30), LocalDate.of(2025, 11, 3), "nicht zuwendungsfähig"),
                TODAY,
                "finance",
                NOW);
        assertThat(grant.committedAmount()).isEqualTo(eur("890000.00"));

        InterestCalculation charged =
                grant.repay("RF-1", LocalDate.of(2025, 7, 31), RULES.interest(), TODAY, "finance", NOW);

        // 31 days at 1.27 + 5 = 6.27 % on 10,000.00 EUR: 53.2520… EUR
        assertThat(charged.total()).isEqualTo(eur("53.25"));
        assertThat(grant.account().reclaims().get(0).interest()).isEqualTo(eur("53.25"));
        assertRule(
                () -> grant.repay("RF-1", LocalDate.of(2025, 8, 1), RULES.interest(), TODAY, "finance", NOW),
                GrantRuleViolated.ALREADY_REPAID);
        grant.callFunds(new CallFunds(2025, eur("300000.00"), TODAY, null), TODAY, "finance", NOW);
        // 900,000.00 approved less 10,000.00 reclaimed less 400,000.00 called leaves 490,000.00
        assertRule(
                () -> grant.callFunds(new CallFunds(2026, eur("490000.01"), TODAY, null), TODAY, "finance", NOW),
                GrantRuleViolated.CALL_EXCEEDS_GRANT);
    }

    @Test
    void revokingReclaimsEverythingPaidOutAndEndsTheGrantsCommitment() {
        Grant grant = approved();
        grant.callFunds(new CallFunds(2025, eur("100000.00"), CALLED, null), TODAY, "finance", NOW);
        grant.receive(
                new ReceivePayment("C-1", eur("100000.00"), LocalDate.of(2025, 4, 10), null), TODAY, "finance", NOW);

        assertField(
                () -> grant.revoke(
                        new RevokeGrant(eur("50000.00"), CALLED, TODAY, "Zweck verfehlt"), TODAY, "finance", NOW),
                "amount");
        grant.revoke(
                new RevokeGrant(eur("100000.00"), LocalDate.of(2025, 4, 10), TODAY, "Zweck verfehlt"),
                TODAY,
                "finance",
                NOW);

        assertThat(grant.status()).isEqualTo(GrantStatus.REVOKED);
        assertThat(grant.committedAmount()).isEqualTo(eur("0.00"));
        assertThat(lastEvent(grant))
                .isEqualTo(new GrantReclaimed(
                        "g-1",
                        "p-1",
                        "RF-1",
                        eur("100000.00"),
                        "EUR",
                        LocalDate.of(2025, 4, 10),
                        true,
                        "Zweck verfehlt",
                        "finance"));
        assertRule(
                () -> grant.callFunds(new CallFunds(2026, eur("1.00"), TODAY, null), TODAY, "finance", NOW),
                GrantRuleViolated.NOT_APPROVED);
    }

    @Test
    void closesOnlyOnceSettledAndThenHoldsJustWhatWasUsed() {
        Grant grant = approved();
        grant.callFunds(new CallFunds(2025, eur("400000.00"), CALLED, null), TODAY, "finance", NOW);
        grant.receive(
                new ReceivePayment("C-1", eur("400000.00"), LocalDate.of(2025, 4, 10), null), TODAY, "finance", NOW);
        grant.disburse(
                new DisbursePayment("Träger", eur("380000.00"), LocalDate.of(2025, 4, 20), null),
                TODAY,
                "finance",
                NOW);

        assertRule(() -> grant.close(TODAY, TODAY, "finance", NOW), GrantRuleViolated.NOT_SETTLED);
        grant.acceptProof(
                new AcceptProof("final", TODAY, TODAY, eur("422222.23"), eur("380000.00")), TODAY, "finance", NOW);
        assertThatThrownBy(() -> grant.close(TODAY, TODAY, "finance", NOW))
                .hasMessageContaining("20000.00 EUR received is neither passed on nor reclaimed");
        grant.reclaim(
                new ReclaimFunds(eur("20000.00"), LocalDate.of(2025, 4, 10), TODAY, "nicht verbraucht"),
                TODAY,
                "finance",
                NOW);
        assertThatThrownBy(() -> grant.close(TODAY, TODAY, "finance", NOW))
                .hasMessageContaining("A reclaim is not repaid yet");
        grant.repay("RF-1", TODAY, RULES.interest(), TODAY, "finance", NOW);

        grant.close(TODAY, TODAY, "finance", NOW);

        assertThat(grant.status()).isEqualTo(GrantStatus.CLOSED);
        assertThat(grant.committedAmount()).isEqualTo(eur("380000.00"));
        assertThat(lastEvent(grant))
                .isEqualTo(new GrantClosed(
                        "g-1", "p-1", eur("400000.00"), eur("380000.00"), eur("20000.00"), "EUR", TODAY, "finance"));
        assertThat(grant.history()).extracting(HistoryEntry::action).endsWith("reclaim-repaid", "closed");
    }

    private static void assertRule(ThrowingCallable step, String rule) {
        assertThatThrownBy(step)
                .isInstanceOfSatisfying(
                        GrantRuleViolated.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    private static void assertField(ThrowingCallable step, String field) {
        assertThatThrownBy(step)
                .isInstanceOfSatisfying(
                        InvalidGrant.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
