package de.msh.funding.grant.domain;

import de.msh.funding.programme.domain.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/**
 * A grant decision (Zuwendungsbescheid) that approves: the amount, the funding rate applied to the eligible costs,
 * and the yearly tranches. The amount is the eligible costs times the rate, exactly to the cent; the tranches add up
 * to the amount. Nothing is rounded: a rate that does not come out to the cent is refused.
 *
 * @param rate share of the eligible costs the grant covers, 0 < rate ≤ 1, at most four decimals (e.g. 0.9 = 90 %)
 * @param measureEnd the last day of the measure (Bewilligungszeitraum); if the decision names none, the end of the
 *     last tranche's year
 * @param finalProofDue the final proof's due day if the decision sets one; it wins over the general rule
 */
public record Decision(
        @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal rate,
        @Field(targetType = FieldType.DECIMAL128) BigDecimal eligibleCosts,
        List<Tranche> tranches,
        LocalDate decidedOn,
        LocalDate measureEnd,
        @Nullable LocalDate finalProofDue) {

    static final LocalDate EARLIEST = LocalDate.of(2020, 8, 14);

    @PersistenceCreator
    public Decision {
        amount = Money.euros("amount", amount, true);
        eligibleCosts = Money.euros("eligibleCosts", eligibleCosts, true);
        if (rate == null || rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidGrant("rate", "The rate lies above 0 and at most 1 (100 %)");
        }
        if (rate.stripTrailingZeros().scale() > 4) {
            throw new InvalidGrant("rate", "A rate has at most four decimals (0.0001 = 0.01 %)");
        }
        BigDecimal applied = eligibleCosts.multiply(rate);
        if (applied.compareTo(amount) != 0) {
            throw new InvalidGrant(
                    "amount",
                    "The rate applied to the eligible costs gives "
                            + applied.stripTrailingZeros().toPlainString() + " EUR, not " + amount.toPlainString()
                            + " EUR");
        }
        tranches = List.copyOf(tranches == null ? List.of() : tranches).stream()
                .sorted(Comparator.comparingInt(Tranche::year))
                .toList();
        Set<Integer> years = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Tranche tranche : tranches) {
            if (!years.add(tranche.year())) {
                throw new InvalidGrant("tranches", "The year " + tranche.year() + " appears twice");
            }
            sum = sum.add(tranche.amount());
        }
        if (tranches.isEmpty() || sum.compareTo(amount) != 0) {
            throw new InvalidGrant(
                    "tranches",
                    "The yearly tranches add up to " + sum.toPlainString() + " EUR, not the " + amount.toPlainString()
                            + " EUR approved");
        }
        if (decidedOn == null || decidedOn.isBefore(EARLIEST)) {
            throw new InvalidGrant("decidedOn", "Decisions under the InvKG date from 14 August 2020 on");
        }
        int lastYear = tranches.get(tranches.size() - 1).year();
        if (measureEnd == null) {
            measureEnd = LocalDate.of(lastYear, 12, 31);
        } else if (measureEnd.getYear() < lastYear || measureEnd.isBefore(decidedOn)) {
            throw new InvalidGrant("measureEnd", "The measure ends after the decision and not before its last tranche");
        }
        if (finalProofDue != null && !finalProofDue.isAfter(measureEnd)) {
            throw new InvalidGrant("finalProofDue", "The final proof falls due after the measure has ended");
        }
    }

    /** A decision without its own measure end or proof deadline: the general rules apply. */
    public Decision(
            BigDecimal amount, BigDecimal rate, BigDecimal eligibleCosts, List<Tranche> tranches, LocalDate decidedOn) {
        this(amount, rate, eligibleCosts, tranches, decidedOn, null, null);
    }

    public Optional<Tranche> tranche(int year) {
        return tranches.stream().filter(t -> t.year() == year).findFirst();
    }

    /** The first calendar year money is planned for. */
    public int firstYear() {
        return tranches.get(0).year();
    }

    /** The rules the programme and period add: its highest federal share, and tranches inside the period. */
    public void checkAgainst(Programme programme, Programme.FundingPeriod period, LocalDate today) {
        if (decidedOn.isAfter(today)) {
            throw new InvalidGrant("decidedOn", "A decision cannot be dated in the future");
        }
        BigDecimal max = programme.maxFederalRate();
        if (max != null && rate.compareTo(max) > 0) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.FEDERAL_SHARE_EXCEEDED,
                    "The rate " + rate.toPlainString() + " exceeds the highest federal share " + max.toPlainString()
                            + " of " + programme.id() + " (" + programme.rateSource() + ")");
        }
        for (Tranche tranche : tranches) {
            if (!period.contains(tranche.year())) {
                throw new InvalidGrant(
                        "tranches", "The tranche of " + tranche.year() + " lies outside the period " + period.id());
            }
        }
    }

    /** One year's part of the approved amount. */
    public record Tranche(
            int year,
            @Field(targetType = FieldType.DECIMAL128) BigDecimal amount) {

        public Tranche {
            amount = Money.euros("tranches.amount", amount, true);
        }
    }
}
