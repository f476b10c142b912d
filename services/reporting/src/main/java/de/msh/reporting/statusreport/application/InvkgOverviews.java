package de.msh.reporting.statusreport.application;

import de.msh.reporting.invkg.application.InvkgMeasures;
import de.msh.reporting.invkg.domain.InvkgReference;
import de.msh.reporting.invkg.domain.Measure;
import de.msh.reporting.money.domain.GrantMoney;
import de.msh.reporting.money.domain.MoneyTotals;
import de.msh.reporting.portfolio.domain.ProjectSummary;
import de.msh.reporting.statusreport.domain.InvalidReport;
import de.msh.reporting.statusreport.domain.InvkgOverview;
import de.msh.reporting.statusreport.domain.InvkgOverview.AreaLine;
import de.msh.reporting.statusreport.domain.InvkgOverview.MeasureLine;
import de.msh.reporting.statusreport.domain.ReportScope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The measures of a report under § 8 InvKG, from the read models of the space it runs in: for a half-year, the funded
 * measures of the programme whose project was completed in it; for a year, every funded measure of the programme.
 * Nothing here reads a clock.
 */
@Component
class InvkgOverviews {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final InvkgMeasures measures;
    private final InvkgReference reference;

    InvkgOverviews(InvkgMeasures measures, InvkgReference reference) {
        this.measures = measures;
        this.reference = reference;
    }

    /** The report's period; a report before its period has ended would miss measures, so it is refused. */
    InvkgReference.Period period(ReportScope scope, LocalDate on) {
        InvkgReference.Period period = scope.kind() == ReportScope.Kind.INVKG_HALF_YEAR
                ? reference.halfYear(scope.year(), scope.half())
                : reference.year(scope.year());
        if (on.isBefore(period.to())) {
            throw new InvalidReport(
                    "on", "The " + period.label() + " ends on " + period.to() + "; the report's day cannot be before");
        }
        return period;
    }

    /** The measures in scope, with the projects they belong to (those reporting knows). */
    InvkgOverview overview(ReportScope scope, LocalDate on, List<ProjectSummary> portfolio, List<GrantMoney> grants) {
        InvkgReference.Period period = period(scope, on);
        Map<String, ProjectSummary> projects = new LinkedHashMap<>();
        portfolio.forEach(p -> projects.put(p.projectId(), p));
        Map<String, MoneyTotals> totals = new HashMap<>();
        grants.forEach(g -> totals.put(g.grantId(), MoneyTotals.of(g.grantId(), List.of(g), List.of())));
        List<MeasureLine> lines = new ArrayList<>();
        for (Measure measure : measures.all()) {
            if (!reference.programme().equals(measure.programme()) || !measure.funded()) {
                continue;
            }
            ProjectSummary project = measure.projectId() == null ? null : projects.get(measure.projectId());
            LocalDate completedOn = project == null ? null : project.completedOn();
            if (scope.kind() == ReportScope.Kind.INVKG_HALF_YEAR
                    && (completedOn == null || !period.contains(completedOn))) {
                continue;
            }
            lines.add(line(measure, project, completedOn, totals.get(measure.grantId())));
        }
        lines.sort(Comparator.comparing((MeasureLine l) -> String.valueOf(l.measure()))
                .thenComparing(l -> String.valueOf(l.fileNumber())));
        return new InvkgOverview(
                scope.key(),
                period.label(),
                period.from(),
                period.to(),
                period.dueOn(),
                reference.version(),
                reference.periodSource(),
                reference.completion(),
                reference.fields().stream()
                        .map(f -> new InvkgOverview.Column(f.key(), f.label(), f.source()))
                        .toList(),
                lines,
                areas(lines),
                reference.notes());
    }

    private MeasureLine line(
            Measure measure,
            @Nullable ProjectSummary project,
            @Nullable LocalDate completedOn,
            @Nullable MoneyTotals t) {
        InvkgReference.Area area = measure.investmentArea() == null
                ? null
                : reference.area(measure.investmentArea()).orElse(null);
        return new MeasureLine(
                measure.grantId(),
                measure.projectId(),
                project == null ? null : project.name(),
                project == null ? null : project.phase(),
                measure.fileNumber(),
                measure.recipient(),
                area == null ? null : area.number(),
                area == null ? measure.investmentArea() : area.name(),
                measure.eligibleCosts(),
                measure.federalAmount(),
                measure.rate(),
                measure.coFinancing(),
                completedOn,
                measure.measureEnd(),
                t == null ? ZERO : t.received(),
                t == null ? ZERO : t.disbursed(),
                measure.recognised(),
                measure.finalProofAcceptedOn(),
                measure.status());
    }

    // per investment area in the law's order, those without a recorded area last
    private List<AreaLine> areas(List<MeasureLine> lines) {
        Map<String, List<MeasureLine>> byArea = new LinkedHashMap<>();
        reference.investmentAreas().forEach(a -> byArea.put(a.name(), new ArrayList<>()));
        for (MeasureLine line : lines) {
            byArea.computeIfAbsent(
                            line.area() == null ? InvkgOverview.NOT_RECORDED : line.area(), k -> new ArrayList<>())
                    .add(line);
        }
        List<AreaLine> areas = new ArrayList<>();
        byArea.forEach((name, of) -> {
            if (of.isEmpty()) {
                return;
            }
            int incomplete = (int) of.stream()
                    .filter(l -> l.eligibleCosts() == null || l.federalAmount() == null || l.coFinancing() == null)
                    .count();
            areas.add(new AreaLine(
                    of.get(0).areaNumber(),
                    name,
                    of.size(),
                    sum(of, MeasureLine::eligibleCosts),
                    sum(of, MeasureLine::federalAmount),
                    sum(of, MeasureLine::coFinancing),
                    sum(of, MeasureLine::received),
                    sum(of, MeasureLine::used),
                    incomplete));
        });
        return areas;
    }

    private static BigDecimal sum(List<MeasureLine> lines, Function<MeasureLine, @Nullable BigDecimal> value) {
        return lines.stream().map(value).filter(Objects::nonNull).reduce(ZERO, BigDecimal::add);
    }
}
