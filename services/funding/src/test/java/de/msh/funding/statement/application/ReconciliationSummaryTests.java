package de.msh.funding.statement.application;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.funding.grant.domain.Grant;
import de.msh.funding.grant.domain.GrantFixtures;
import de.msh.funding.ledger.GrantFactsOf;
import de.msh.funding.programme.domain.Programme;
import de.msh.funding.statement.domain.BankStatement;
import de.msh.funding.statement.domain.GrantFacts;
import de.msh.funding.statement.domain.MatchStatus;
import de.msh.funding.statement.domain.Matching;
import de.msh.funding.statement.format.Direction;
import de.msh.funding.statement.format.ParsedBooking;
import de.msh.funding.statement.format.ParsedStatement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The summary adds thousands of bookings to the cent, and its rows add up to its total. */
class ReconciliationSummaryTests {

    private static final Programme STARK = new Programme(
            "stark",
            "STARK",
            null,
            "Bescheid",
            List.of(new Programme.FundingPeriod("2020-2026", 2020, 2026, "§ 6")),
            List.of());

    @Test
    void sumsTenThousandBookingsOverThreeAccountsToTheCent() {
        Random random = new Random(2038);
        List<GrantFacts> grants = java.util.stream.Stream.of(
                        GrantFixtures.applied(),
                        Grant.apply(
                                "g-2",
                                "STARK-2",
                                "p-2",
                                STARK,
                                "2020-2026",
                                new BigDecimal("10.00"),
                                "finance",
                                GrantFixtures.NOW))
                .map(GrantFactsOf::of)
                .toList();
        List<BankStatement> statements = new ArrayList<>();
        long inCents = 0;
        long outCents = 0;
        for (int s = 0; s < 100; s++) {
            List<ParsedBooking> bookings = new ArrayList<>();
            List<Matching.Outcome> outcomes = new ArrayList<>();
            for (int b = 1; b <= 100; b++) {
                long cents = 1 + random.nextInt(50_000_000);
                Direction direction = random.nextBoolean() ? Direction.CREDIT : Direction.DEBIT;
                if (direction == Direction.CREDIT) {
                    inCents += cents;
                } else {
                    outCents += cents;
                }
                LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
                bookings.add(new ParsedBooking(
                        b,
                        "Zeile " + b,
                        null,
                        day,
                        day,
                        BigDecimal.valueOf(cents, 2),
                        direction,
                        false,
                        null,
                        null,
                        "",
                        null));
                int pick = random.nextInt(3);
                outcomes.add(
                        pick == 2
                                ? new Matching.Outcome(MatchStatus.UNEXPECTED, null, null, null, "")
                                : new Matching.Outcome(MatchStatus.MATCHED, grants.get(pick), null, "R-1", ""));
            }
            String iban = "DE0" + (s % 3);
            statements.add(BankStatement.imported(
                    "st-" + s,
                    new ParsedStatement("csv", "A-" + s, iban, "IBAN", "EUR", null, null, null, null, bookings),
                    "hash",
                    outcomes,
                    "finance",
                    Instant.EPOCH));
        }

        ReconciliationSummary summary = ReconciliationSummary.of(statements, null, null, null, null);

        assertThat(summary.total().bookings()).isEqualTo(10_000);
        assertThat(summary.total().moneyIn()).isEqualTo(BigDecimal.valueOf(inCents, 2));
        assertThat(summary.total().moneyOut()).isEqualTo(BigDecimal.valueOf(outCents, 2));
        assertThat(summary.rows()).hasSize(9);
        assertThat(summary.rows().stream()
                        .map(ReconciliationSummary.Row::moneyIn)
                        .reduce(BigDecimal::add))
                .contains(summary.total().moneyIn());
        assertThat(summary.total().settled().add(summary.total().open()))
                .isEqualTo(BigDecimal.valueOf(inCents + outCents, 2));
        assertThat(ReconciliationSummary.of(statements, "DE01", "stark", null, null)
                        .rows())
                .singleElement()
                .satisfies(row -> assertThat(row.period()).isEqualTo("2020-2026"));
    }
}
