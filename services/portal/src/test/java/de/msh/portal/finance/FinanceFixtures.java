package de.msh.portal.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Grants, statements and bookings as the funding service would answer, for the stubbed slice tests. */
final class FinanceFixtures {

    static final String GRANT = "7577fe06-e06f-4890-afa1-a0b4af50c242";
    static final String STATEMENT = "5b36620bd41d7b4238ae";

    private FinanceFixtures() {}

    static GrantSummary summary() {
        return new GrantSummary(
                GRANT,
                "DEMO-IB-2024-0001",
                "p-1",
                "invkg-arm1",
                "2020-2026",
                new BigDecimal("450000.00"),
                "APPROVED",
                new GrantSummary.Decision(new BigDecimal("405000.00"), new BigDecimal("0.9")),
                totals());
    }

    static Grant grant() {
        Grant.Decision decision = new Grant.Decision(
                new BigDecimal("405000.00"),
                new BigDecimal("0.9"),
                new BigDecimal("450000.00"),
                List.of(new Grant.Tranche(2026, new BigDecimal("405000.00"))),
                LocalDate.of(2024, 2, 15),
                LocalDate.of(2026, 12, 31),
                null);
        Grant.Decision earlier = new Grant.Decision(
                new BigDecimal("300000.00"),
                new BigDecimal("0.9"),
                new BigDecimal("333333.33"),
                List.of(new Grant.Tranche(2026, new BigDecimal("300000.00"))),
                LocalDate.of(2023, 11, 2),
                LocalDate.of(2026, 12, 31),
                null);
        return new Grant(
                GRANT,
                "DEMO-IB-2024-0001",
                "p-1",
                "invkg-arm1",
                "2020-2026",
                new BigDecimal("450000.00"),
                "MUNICIPALITY",
                "Landkreis Mansfeld-Südharz",
                "tourismus",
                "APPROVED",
                decision,
                2,
                List.of(earlier),
                totals(),
                List.of(new Grant.Call(
                        "C-1", 2026, new BigDecimal("135000.00"), LocalDate.of(2026, 3, 1), "finance", null)),
                List.of(),
                List.of(),
                List.of(new Grant.Reclaim(
                        "RC-1",
                        new BigDecimal("10000.00"),
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 6, 1),
                        false,
                        "Zweckverfehlung",
                        "finance",
                        null,
                        null)),
                List.of(),
                List.of(),
                7);
    }

    static Grant.Interest interest() {
        return new Grant.Interest(
                new BigDecimal("10000.00"),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 11, 29),
                List.of(new Grant.InterestPeriod(
                        LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 11, 29),
                        213,
                        new BigDecimal("1.27"),
                        new BigDecimal("4.27"),
                        new BigDecimal("249.18"))),
                new BigDecimal("249.18"),
                false,
                "§ 49a Abs. 3 VwVfG: 3 Prozentpunkte über dem Basiszinssatz, taggenau (act/365)");
    }

    static Statements.Booking openBooking() {
        return new Statements.Booking(
                4,
                STATEMENT + "/4",
                "REF-4",
                LocalDate.of(2026, 10, 20),
                LocalDate.of(2026, 10, 20),
                new BigDecimal("75000.00"),
                "CREDIT",
                false,
                "Landesverwaltungsamt",
                null,
                "Zahlung ohne Aktenzeichen",
                "UNEXPECTED",
                null,
                null,
                null,
                "Kein Aktenzeichen einer Zuwendung im Verwendungszweck",
                null);
    }

    static Statements.Worklist worklist() {
        return new Statements.Worklist(
                List.of(new Statements.OpenBooking(
                        STATEMENT, "DE02120300000000202051", "AUSZUG-2026-10", openBooking())),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    static Statements.Overview overview(int open) {
        return new Statements.Overview(
                STATEMENT,
                "DE02120300000000202051",
                "IBAN",
                "AUSZUG-2026-10",
                "camt.053.001.02",
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31),
                null,
                null,
                Instant.parse("2026-11-29T10:00:00Z"),
                "finance",
                6,
                open,
                Map.of("MATCHED", 2));
    }

    private static GrantSummary.Totals totals() {
        return new GrantSummary.Totals(
                new BigDecimal("405000.00"),
                new BigDecimal("135000.00"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("10000.00"),
                BigDecimal.ZERO);
    }
}
