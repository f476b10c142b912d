package de.msh.reporting.statusreport.application;

import de.msh.reporting.masterplan.application.ProgressService;
import de.msh.reporting.masterplan.domain.Assessment;
import de.msh.reporting.masterplan.domain.IndicatorProgress;
import de.msh.reporting.masterplan.domain.MasterplanProgress;
import de.msh.reporting.milestones.application.MilestoneHealthService;
import de.msh.reporting.milestones.domain.MilestoneRow;
import de.msh.reporting.money.application.MoneyService;
import de.msh.reporting.money.domain.GrantMoney;
import de.msh.reporting.money.domain.MoneyTotals;
import de.msh.reporting.money.domain.YearMoney;
import de.msh.reporting.portfolio.application.PortfolioService;
import de.msh.reporting.portfolio.domain.ProjectSummary;
import de.msh.reporting.statusreport.domain.Condition;
import de.msh.reporting.statusreport.domain.InvalidReport;
import de.msh.reporting.statusreport.domain.InvkgOverview;
import de.msh.reporting.statusreport.domain.Light;
import de.msh.reporting.statusreport.domain.ReportScope;
import de.msh.reporting.statusreport.domain.StatusReportContent;
import de.msh.reporting.statusreport.domain.StatusReportContent.DayValue;
import de.msh.reporting.statusreport.domain.StatusReportContent.IndicatorLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.MilestoneLine;
import de.msh.reporting.statusreport.domain.StatusReportContent.Money;
import de.msh.reporting.statusreport.domain.StatusReportContent.MoneyYear;
import de.msh.reporting.statusreport.domain.StatusReportContent.ProjectStatus;
import de.msh.reporting.statusreport.domain.StatusReportContent.TrendPoint;
import de.msh.reporting.statusreport.domain.StatusReportContent.YearValue;
import de.msh.reporting.statusreport.domain.StatusRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Computes a report's figures from the read models of the space it runs in: the caller runs it at fixed event
 * positions. Nothing here reads a clock: the day and the instant are given, so the same positions give the same
 * figures.
 */
@Component
class StatusReportBuilder {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final String CANCELLED = "CANCELLED";

    private final PortfolioService portfolio;
    private final MoneyService money;
    private final MilestoneHealthService milestones;
    private final ProgressService masterplan;
    private final InvkgOverviews invkg;

    StatusReportBuilder(
            PortfolioService portfolio,
            MoneyService money,
            MilestoneHealthService milestones,
            ProgressService masterplan,
            InvkgOverviews invkg) {
        this.portfolio = portfolio;
        this.money = money;
        this.milestones = milestones;
        this.masterplan = masterplan;
        this.invkg = invkg;
    }

    /** Refuses what the scope cannot be reported for on that day, before anything is computed. */
    void check(ReportScope scope, LocalDate on) {
        if (scope.kind().invkg()) {
            invkg.period(scope, on);
        }
    }

    StatusReportContent build(ReportScope scope, Instant at, LocalDate on, StatusRules rules) {
        // each read model once: the report sums its money from the grant rows itself, without the discrepancies
        List<ProjectSummary> portfolioProjects = portfolio.projects();
        List<GrantMoney> grants = money.grants();
        InvkgOverview overview = scope.kind().invkg() ? invkg.overview(scope, on, portfolioProjects, grants) : null;
        List<ProjectSummary> projects = inScope(scope, overview, portfolioProjects);
        Map<String, ProjectSummary> byId =
                projects.stream().collect(Collectors.toMap(ProjectSummary::projectId, Function.identity()));
        Map<String, List<MilestoneRow>> rows = milestones.rows().stream()
                .filter(row -> byId.containsKey(row.projectId()) && row.counted())
                .collect(Collectors.groupingBy(MilestoneRow::projectId));
        Map<String, List<GrantMoney>> grantsByProject = grants.stream()
                .filter(grant -> grant.projectId() != null && byId.containsKey(grant.projectId()))
                .collect(Collectors.groupingBy(GrantMoney::projectId));
        Map<String, MoneyTotals> moneyByProject = new HashMap<>();
        grantsByProject.forEach((id, own) -> moneyByProject.put(id, MoneyTotals.of(id, own, List.of())));

        List<ProjectStatus> statuses = new ArrayList<>();
        List<MilestoneLine> lines = new ArrayList<>();
        Light overall = Light.GREEN;
        Set<Condition> holding = EnumSet.noneOf(Condition.class);
        for (ProjectSummary project : projects) {
            List<MilestoneRow> own = rows.getOrDefault(project.projectId(), List.of());
            Set<Condition> conditions = conditions(own, on, rules);
            holding.addAll(conditions);
            StatusRules.Judgement judgement = rules.judge(conditions);
            overall = overall.worse(judgement.light());
            int missed = (int) own.stream().filter(row -> row.missedOn(on)).count();
            int atRisk = (int) own.stream()
                    .filter(row -> row.dueWithin(on, rules.atRiskDays()))
                    .count();
            statuses.add(new ProjectStatus(
                    project.projectId(),
                    project.code(),
                    project.title(),
                    project.strategicField(),
                    project.phase(),
                    project.projectManager(),
                    judgement.light(),
                    judgement.reasons(),
                    own.size(),
                    missed,
                    atRisk,
                    money(moneyByProject.get(project.projectId()))));
            for (MilestoneRow row : own) {
                if (scope.kind() == ReportScope.Kind.PROJECT
                        || row.missedOn(on)
                        || row.dueWithin(on, rules.atRiskDays())) {
                    lines.add(line(row, name(project), on, rules));
                }
            }
        }
        lines.sort(Comparator.comparing(MilestoneLine::forecastOn).thenComparing(MilestoneLine::projectId));

        MasterplanProgress progress = masterplan.progress(fieldOf(scope, projects), at);
        List<IndicatorLine> indicators = new ArrayList<>();
        for (MasterplanProgress.FieldProgress field : progress.fields()) {
            if (scope.kind() == ReportScope.Kind.PROJECT && !field.field().equals(fieldOf(scope, projects))) {
                continue;
            }
            for (IndicatorProgress indicator : field.indicators()) {
                indicators.add(indicator(indicator));
                if (scope.kind() != ReportScope.Kind.PROJECT) {
                    if (indicator.forecast().assessment() == Assessment.DETERIORATION) {
                        holding.add(Condition.INDICATOR_DETERIORATING);
                    } else if (indicator.forecast().assessment() == Assessment.ACCELERATION_NEEDED) {
                        holding.add(Condition.INDICATOR_ACCELERATION_NEEDED);
                    }
                }
            }
        }
        StatusRules.Judgement judgement = rules.judge(holding);
        return new StatusReportContent(
                title(scope, projects),
                scope,
                on,
                overall.worse(judgement.light()),
                judgement.reasons(),
                statuses,
                lines,
                sum(statuses),
                YearMoney.of(grantsByProject.values().stream()
                                .flatMap(List::stream)
                                .toList())
                        .stream()
                        .map(y -> new MoneyYear(y.year(), y.called(), y.received(), y.disbursed(), y.proven()))
                        .toList(),
                indicators,
                progress.catalogueVersion(),
                rules.version(),
                overview);
    }

    private List<ProjectSummary> inScope(
            ReportScope scope, @Nullable InvkgOverview overview, List<ProjectSummary> all) {
        Set<String> measured = overview == null
                ? Set.of()
                : overview.measures().stream()
                        .map(InvkgOverview.MeasureLine::projectId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet());
        List<ProjectSummary> chosen = switch (scope.kind()) {
            case PORTFOLIO ->
                all.stream().filter(p -> !CANCELLED.equals(p.phase())).toList();
            case FIELD ->
                all.stream()
                        .filter(p -> scope.key().equals(p.strategicField()) && !CANCELLED.equals(p.phase()))
                        .toList();
            case PROJECT ->
                all.stream().filter(p -> scope.key().equals(p.projectId())).toList();
            case INVKG_HALF_YEAR, INVKG_YEAR ->
                all.stream().filter(p -> measured.contains(p.projectId())).toList();
        };
        if (scope.kind() == ReportScope.Kind.PROJECT && chosen.isEmpty()) {
            throw new InvalidReport("key", "Reporting knows no project " + scope.key() + " at this point");
        }
        return chosen.stream()
                .sorted(Comparator.comparing((ProjectSummary p) -> p.code() == null ? p.projectId() : p.code()))
                .toList();
    }

    private static Set<Condition> conditions(List<MilestoneRow> rows, LocalDate on, StatusRules rules) {
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        for (MilestoneRow row : rows) {
            if (row.missedOn(on)) {
                conditions.add(
                        switch (row.kind()) {
                            case "PHASE_GATE" -> Condition.GATE_MISSED;
                            case "FUNDING_DEADLINE" -> Condition.FUNDING_DEADLINE_MISSED;
                            default -> Condition.MILESTONE_MISSED;
                        });
            } else if (row.dueWithin(on, rules.atRiskDays())) {
                conditions.add(Condition.MILESTONE_AT_RISK);
            }
        }
        return conditions;
    }

    private static MilestoneLine line(MilestoneRow row, String project, LocalDate on, StatusRules rules) {
        String status = row.achievedOn() != null
                ? "erreicht"
                : row.missedOn(on) ? "versäumt" : row.dueWithin(on, rules.atRiskDays()) ? "gefährdet" : "offen";
        return new MilestoneLine(
                row.projectId(),
                project,
                row.title(),
                row.kind(),
                row.baselineOn(),
                row.forecastOn(),
                row.achievedOn(),
                status,
                row.slippageDays(),
                row.trend().stream()
                        .map(point -> new TrendPoint(point.recordedOn(), point.forecastOn()))
                        .toList());
    }

    private static Money money(MoneyTotals totals) {
        if (totals == null) {
            return Money.NONE;
        }
        return new Money(
                totals.committed(),
                totals.called(),
                totals.received(),
                totals.disbursed(),
                totals.proven(),
                totals.committed().subtract(totals.called()).max(ZERO));
    }

    private static Money sum(List<ProjectStatus> projects) {
        return projects.stream().map(ProjectStatus::money).reduce(Money.NONE, Money::plus);
    }

    private static IndicatorLine indicator(IndicatorProgress indicator) {
        return new IndicatorLine(
                indicator.field(),
                indicator.key(),
                indicator.name(),
                indicator.unit(),
                indicator.baselineValue(),
                indicator.value(),
                indicator.targets().get(2038),
                indicator.forecast().label(),
                indicator.forecast().reachesFinalTargetIn(),
                indicator.baselineYear(),
                indicator.series().stream()
                        .map(point -> new DayValue(point.on(), point.value()))
                        .toList(),
                indicator.forecast().trend().stream()
                        .map(point -> new YearValue(point.year(), point.value()))
                        .toList(),
                indicator.targets().entrySet().stream()
                        .map(target -> new YearValue(target.getKey(), target.getValue()))
                        .toList());
    }

    private static @Nullable String fieldOf(ReportScope scope, List<ProjectSummary> projects) {
        return switch (scope.kind()) {
            case PORTFOLIO, INVKG_HALF_YEAR, INVKG_YEAR -> null;
            case FIELD -> scope.key();
            case PROJECT -> projects.get(0).strategicField();
        };
    }

    private static String title(ReportScope scope, List<ProjectSummary> projects) {
        return switch (scope.kind()) {
            case PORTFOLIO -> "Statusbericht Portfolio Strukturwandel Mansfeld-Südharz";
            case FIELD -> "Statusbericht Themenfeld " + scope.key();
            case PROJECT -> "Statusbericht Projekt " + name(projects.get(0));
            case INVKG_HALF_YEAR -> "Übersicht nach § 8 InvKG: abgeschlossene Maßnahmen, " + halfYear(scope);
            case INVKG_YEAR -> "Jahresbericht " + scope.year() + " zur Umsetzung der Maßnahmen nach dem InvKG";
        };
    }

    private static String halfYear(ReportScope scope) {
        return scope.half() + ". Halbjahr " + scope.year();
    }

    private static String name(ProjectSummary project) {
        return project.code() == null ? project.projectId() : project.code() + ": " + project.title();
    }
}
