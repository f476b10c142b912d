package de.msh.reporting.statusreport.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a status report, everything but what the manager writes: computed from the read models at the
 * report's event positions, so computing them again at those positions gives the same (see
 * {@code StatusReports.reproduce}).
 *
 * @param on the day the report speaks of (Europe/Berlin), the end of which its positions reflect
 * @param light the overall traffic light and the reasons for it
 * @param projects the projects in scope (a portfolio or field report leaves out cancelled projects)
 * @param milestones for a project all its milestones; otherwise those missed or at risk
 * @param money the sums of the projects in scope
 * @param indicators the Masterplan indicators of the fields in scope, with their forecast
 * @param catalogueVersion the Masterplan catalogue version valid at the report's instant
 * @param rulesVersion the version of the traffic-light rules
 */
public record StatusReportContent(
        String title,
        ReportScope scope,
        LocalDate on,
        Light light,
        List<String> reasons,
        List<ProjectStatus> projects,
        List<MilestoneLine> milestones,
        Money money,
        List<IndicatorLine> indicators,
        int catalogueVersion,
        int rulesVersion) {

    /**
     * Money in EUR: granted (the decisions' amounts, as committed), called, received, passed on, proven by accepted
     * proofs of use, and open: granted but not yet called.
     */
    public record Money(
            BigDecimal granted,
            BigDecimal called,
            BigDecimal received,
            BigDecimal passedOn,
            BigDecimal proven,
            BigDecimal open) {

        private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

        /** No money at all, to the cent. */
        public static final Money NONE = new Money(ZERO, ZERO, ZERO, ZERO, ZERO, ZERO);

        /** Both together, each sum exact. */
        public Money plus(Money other) {
            return new Money(
                    granted.add(other.granted),
                    called.add(other.called),
                    received.add(other.received),
                    passedOn.add(other.passedOn),
                    proven.add(other.proven),
                    open.add(other.open));
        }
    }

    /** One project's state, with its own light. */
    public record ProjectStatus(
            String projectId,
            @Nullable String code,
            @Nullable String title,
            @Nullable String strategicField,
            @Nullable String phase,
            @Nullable String projectManager,
            Light light,
            List<String> reasons,
            int milestones,
            int missed,
            int atRisk,
            Money money) {}

    /** A milestone with its dates; slippage in days from the baseline to the day reached, or else the forecast. */
    public record MilestoneLine(
            String projectId,
            @Nullable String project,
            String title,
            String kind,
            LocalDate baselineOn,
            LocalDate forecastOn,
            @Nullable LocalDate achievedOn,
            String status,
            long slippageDays) {}

    /** An indicator's state and where its trend leads. */
    public record IndicatorLine(
            String field,
            String key,
            String name,
            String unit,
            BigDecimal baselineValue,
            BigDecimal value,
            @Nullable BigDecimal target2038,
            String assessment,
            @Nullable Integer reachesFinalTargetIn) {}
}
