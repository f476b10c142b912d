package de.msh.funding.grant.domain;

import de.msh.events.EventCodec;
import de.msh.funding.programme.domain.Programme;
import de.msh.funding.rules.domain.GrantRules;
import de.msh.funding.rules.domain.RuleFixtures;
import de.msh.platform.outbox.OutboxEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A programme, the lifecycle rules and grants in known states, for the domain tests. */
public final class GrantFixtures {

    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    public static final Programme ARM1 = new Programme(
            "invkg-arm1",
            "Arm 1",
            new BigDecimal("0.90"),
            "InvKG § 7",
            List.of(new Programme.FundingPeriod("2020-2026", 2020, 2026, "InvKG § 6")),
            List.of(new Programme.Envelope(null, new BigDecimal("1000000.00"), "Test", true)));
    public static final GrantRules RULES = RuleFixtures.RULES;

    private GrantFixtures() {}

    public static Grant applied() {
        return Grant.apply("g-1", "IB-1", "p-1", ARM1, "2020-2026", new BigDecimal("1400000.00"), "finance", NOW);
    }

    /** 900,000.00 EUR at 90 % of 1,000,000.00, tranches 2025 (400,000.00) and 2026 (500,000.00). */
    public static Decision decision() {
        return new Decision(
                new BigDecimal("900000.00"),
                new BigDecimal("0.9"),
                new BigDecimal("1000000.00"),
                List.of(tranche(2025, "400000.00"), tranche(2026, "500000.00")),
                LocalDate.of(2025, 3, 2));
    }

    public static Grant approved() {
        Grant grant = applied();
        grant.approve(decision(), ARM1, RULES, TODAY, "finance", NOW);
        return grant;
    }

    public static Decision.Tranche tranche(int year, String amount) {
        return new Decision.Tranche(year, new BigDecimal(amount));
    }

    public static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    public static Object decode(OutboxEntry entry) {
        return EventCodec.standard().fromJson(entry.type(), entry.payload()).orElseThrow();
    }

    public static Object lastEvent(Grant grant) {
        List<OutboxEntry> pending = grant.pendingEvents();
        return decode(pending.get(pending.size() - 1));
    }
}
