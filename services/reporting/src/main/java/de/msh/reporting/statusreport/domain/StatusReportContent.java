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
 * @param moneyByYear the money the projects in scope moved in each calendar year, oldest first
 * @param indicators the Masterplan indicators of the fields in scope, with their forecast
 * @param catalogueVersion the Masterplan catalogue version valid at the report's instant
 * @param rulesVersion the version of the traffic-light rules
 * @param invkg for a report under § 8 InvKG, its measures; absent otherwise
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
        List<MoneyYear> moneyByYear,
        List<IndicatorLine> indicators,
        int catalogueVersion,
        int rulesVersion,
        @Nullable InvkgOverview invkg) {

    /** A report that is not one under § 8 InvKG. */
    public StatusReportContent(
            String title,
            ReportScope scope,
            LocalDate on,
            Light light,
            List<String> reasons,
            List<ProjectStatus> projects,
            List<MilestoneLine> milestones,
            Money money,
            List<MoneyYear> moneyByYear,
            List<IndicatorLine> indicators,
            int catalogueVersion,
            int rulesVersion) {
        this(
                title,
                scope,
                on,
                light,
                reasons,
                projects,
                milestones,
                money,
                moneyByYear,
                indicators,
                catalogueVersion,
                rulesVersion,
                null);
    }

    /** Money moved in one calendar year, by the day of each movement: called, received, passed on, proven. */
    public record MoneyYear(int year, BigDecimal called, BigDecimal received, BigDecimal passedOn, BigDecimal proven) {}

    /** A value on a day. */
    public record DayValue(LocalDate on, BigDecimal value) {}

    /** A value at the end of a year. */
    public record YearValue(int year, BigDecimal value) {}

    /** On {@code recordedOn} the milestone was expected on {@code forecastOn}. */
    public record TrendPoint(LocalDate recordedOn, LocalDate forecastOn) {}

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
            Money money) {

        /** How the report names it: code and title, or its id where it has no code. */
        public String name() {
            return code == null ? projectId : code + ": " + title;
        }
    }

    /**
     * A milestone with its dates; slippage in days from the baseline to the day reached, or else the forecast; and
     * its trend: the forecast after each day on which it was planned, replanned or reached.
     */
    public record MilestoneLine(
            String projectId,
            @Nullable String project,
            String title,
            String kind,
            LocalDate baselineOn,
            LocalDate forecastOn,
            @Nullable LocalDate achievedOn,
            String status,
            long slippageDays,
            List<TrendPoint> trend) {}

    /**
     * An indicator's state and where its trend leads: the district's values since the baseline year ({@code series}),
     * the value at the end of each year if it kept changing at the observed rate ({@code forecast}, empty when not
     * assessable), and the targets.
     */
    public record IndicatorLine(
            String field,
            String key,
            String name,
            String unit,
            BigDecimal baselineValue,
            BigDecimal value,
            @Nullable BigDecimal target2038,
            String assessment,
            @Nullable Integer reachesFinalTargetIn,
            int baselineYear,
            List<DayValue> series,
            List<YearValue> forecast,
            List<YearValue> targets) {}
}
