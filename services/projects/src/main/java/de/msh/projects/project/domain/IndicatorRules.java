package de.msh.projects.project.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When a project may report what it achieved on a Masterplan indicator, and when its plan may change. Results are
 * only reported once a project is being carried out, only on indicators it plans to contribute to, and only for days
 * between the start of the structural-change funding and today.
 */
final class IndicatorRules {

    static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);
    private static final Set<Phase> REPORTING = EnumSet.of(Phase.IMPLEMENTATION, Phase.COMPLETED);

    private IndicatorRules() {}

    /** Throws when the report is refused; returns the unit it is reported in. */
    static String check(
            Phase phase,
            @Nullable Phase heldIn,
            ProjectPlan plan,
            String indicator,
            LocalDate achievedOn,
            LocalDate today) {
        Phase current = phase == Phase.ON_HOLD ? heldIn : phase;
        if (!REPORTING.contains(current)) {
            throw new IndicatorRuleViolated(
                    IndicatorRuleViolated.REQUIRES_IMPLEMENTATION,
                    "Results are reported from IMPLEMENTATION on; the project is " + phase);
        }
        IndicatorContribution contribution = plan.contributionTo(IndicatorContribution.key(indicator))
                .orElseThrow(() -> new InvalidIndicator(
                        "indicator", "The project plans no contribution to " + indicator + "; plan it first"));
        if (achievedOn.isBefore(EARLIEST) || achievedOn.isAfter(today)) {
            throw new InvalidIndicator(
                    "achievedOn", "The day must lie between " + EARLIEST + " and today (" + today + ")");
        }
        return contribution.unit();
    }

    /** A plan may not drop an indicator, or change its unit, once results were reported on it. */
    static void checkPlanChange(ProjectPlan newPlan, List<IndicatorReport> reports) {
        for (IndicatorReport report : reports) {
            boolean kept = newPlan.contributionTo(report.indicator())
                    .filter(c -> c.unit().equals(report.unit()))
                    .isPresent();
            if (!kept) {
                throw new IndicatorRuleViolated(
                        IndicatorRuleViolated.HAS_REPORTS,
                        "Results were reported on " + report.indicator() + " in " + report.unit()
                                + "; it stays in the plan in that unit");
            }
        }
    }
}
