package de.msh.reporting.asof.application;

import de.msh.reporting.masterplan.application.ProgressService;
import de.msh.reporting.masterplan.domain.IndicatorProgress;
import de.msh.reporting.masterplan.domain.MasterplanProgress;
import de.msh.reporting.money.application.MoneyService;
import de.msh.reporting.money.domain.MoneyTotals;
import de.msh.reporting.money.domain.MoneyView;
import de.msh.reporting.portfolio.application.PortfolioService;
import de.msh.reporting.portfolio.domain.ProjectSummary;
import de.msh.reporting.space.Answer;
import de.msh.reporting.space.ViewsAsOf;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Compares the read models at two instants: projects added, phases changed, money moved, indicator values. */
@Service
public class ChangeReport {

    private static final Map<String, Function<MoneyTotals, BigDecimal>> TOTALS = totals();

    private final ViewsAsOf views;
    private final PortfolioService portfolio;
    private final MoneyService money;
    private final ProgressService progress;

    ChangeReport(ViewsAsOf views, PortfolioService portfolio, MoneyService money, ProgressService progress) {
        this.views = views;
        this.portfolio = portfolio;
        this.money = money;
        this.progress = progress;
    }

    private record State(List<ProjectSummary> projects, MoneyView money, MasterplanProgress progress) {}

    /** What changed from the first instant to the second (null: now). */
    public Changes between(Instant from, @Nullable Instant to) {
        if (to != null && !to.isAfter(from)) {
            throw new InvalidComparison();
        }
        Answer<State> before = views.answer(from, () -> state(from));
        Answer<State> after = views.answer(to, () -> state(to));
        Map<String, ProjectSummary> earlier =
                before.view().projects().stream().collect(Collectors.toMap(ProjectSummary::projectId, p -> p));
        List<ProjectSummary> added = new ArrayList<>();
        List<Changes.PhaseChange> phases = new ArrayList<>();
        for (ProjectSummary now : after.view().projects()) {
            ProjectSummary then = earlier.get(now.projectId());
            if (then == null) {
                added.add(now);
            } else if (!Objects.equals(then.phase(), now.phase())) {
                phases.add(
                        new Changes.PhaseChange(now.projectId(), now.code(), now.title(), then.phase(), now.phase()));
            }
        }
        return new Changes(
                from,
                to,
                before.positions(),
                after.positions(),
                added,
                phases,
                moneyMoved(before.view().money(), after.view().money()),
                indicators(before.view().progress(), after.view().progress()));
    }

    private State state(@Nullable Instant at) {
        return new State(portfolio.projects(), money.view(null, null), progress.progress(null, at));
    }

    private static List<Changes.MoneyMoved> moneyMoved(MoneyView before, MoneyView after) {
        Map<String, MoneyTotals> then = byKey(before);
        Map<String, MoneyTotals> now = byKey(after);
        TreeSet<String> keys = new TreeSet<>(then.keySet());
        keys.addAll(now.keySet());
        List<Changes.MoneyMoved> moved = new ArrayList<>();
        for (String key : keys) {
            Map<String, BigDecimal> by = new LinkedHashMap<>();
            TOTALS.forEach((name, total) -> {
                BigDecimal delta = amount(now.get(key), total).subtract(amount(then.get(key), total));
                if (delta.signum() != 0) {
                    by.put(name, delta);
                }
            });
            if (!by.isEmpty()) {
                moved.add(new Changes.MoneyMoved(key, by));
            }
        }
        return moved;
    }

    private static List<Changes.IndicatorChange> indicators(MasterplanProgress before, MasterplanProgress after) {
        Map<String, IndicatorProgress> then = indicatorsOf(before);
        List<Changes.IndicatorChange> changed = new ArrayList<>();
        indicatorsOf(after).forEach((key, now) -> {
            IndicatorProgress earlier = then.get(key);
            BigDecimal from = earlier == null ? now.baselineValue() : earlier.value();
            if (from.compareTo(now.value()) != 0) {
                changed.add(new Changes.IndicatorChange(key, now.name(), now.unit(), from, now.value()));
            }
        });
        return changed;
    }

    private static Map<String, IndicatorProgress> indicatorsOf(MasterplanProgress progress) {
        Map<String, IndicatorProgress> byKey = new LinkedHashMap<>();
        progress.fields().forEach(field -> field.indicators().forEach(i -> byKey.put(i.key(), i)));
        return byKey;
    }

    private static Map<String, MoneyTotals> byKey(MoneyView view) {
        Map<String, MoneyTotals> byKey = new LinkedHashMap<>();
        byKey.put(view.total().key(), view.total());
        view.byProgramme().forEach(group -> byKey.put(group.key(), group));
        return byKey;
    }

    private static BigDecimal amount(@Nullable MoneyTotals totals, Function<MoneyTotals, BigDecimal> total) {
        return totals == null ? BigDecimal.ZERO : total.apply(totals);
    }

    private static Map<String, Function<MoneyTotals, BigDecimal>> totals() {
        Map<String, Function<MoneyTotals, BigDecimal>> totals = new LinkedHashMap<>();
        totals.put("committed", MoneyTotals::committed);
        totals.put("called", MoneyTotals::called);
        totals.put("received", MoneyTotals::received);
        totals.put("disbursed", MoneyTotals::disbursed);
        totals.put("proven", MoneyTotals::proven);
        totals.put("reclaimed", MoneyTotals::reclaimed);
        totals.put("repaid", MoneyTotals::repaid);
        totals.put("interest", MoneyTotals::interest);
        totals.put("reconciled", MoneyTotals::reconciled);
        totals.put("openDiscrepancies", MoneyTotals::openDiscrepancies);
        return totals;
    }
}
