package de.msh.portal.dashboard;

import de.msh.portal.portfolio.Phases;
import de.msh.portal.portfolio.ProjectsClient;
import de.msh.portal.portfolio.StrategicField;
import de.msh.portal.web.Stichtag;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' dashboard, readable by every staff role. Every number on it comes from reporting for one instant: now,
 * or the end of the day picked; the page names the event positions the numbers reflect.
 */
@Controller
class DashboardController {

    private final DashboardReporting reporting;
    private final ProjectsClient projects;
    private final Clock clock;

    DashboardController(DashboardReporting reporting, ProjectsClient projects, Clock clock) {
        this.reporting = reporting;
        this.projects = projects;
        this.clock = clock;
    }

    @GetMapping("/auswertung")
    String dashboard(@RequestParam(name = "stichtag", required = false) @Nullable String typed, Model model) {
        Stichtag stichtag = Stichtag.of(typed, clock);
        Views.Portfolio portfolio = reporting.portfolio(stichtag.asOf());
        Views.Money money = reporting.money(stichtag.asOf(), null);
        Views.Progress progress = reporting.progress(stichtag.asOf());
        Map<String, List<Views.Year>> byProgramme = new LinkedHashMap<>();
        for (Views.Totals programme : money.byProgramme()) {
            String id = programme.key().split(" ")[0];
            byProgramme.computeIfAbsent(
                    id, p -> reporting.money(stichtag.asOf(), p).byYear());
        }
        model.addAttribute("typed", typed == null ? "" : typed);
        model.addAttribute("stichtag", stichtag);
        model.addAttribute("portfolio", portfolio);
        // every phase, also those without projects
        model.addAttribute(
                "byPhase",
                Phases.inBoardOrder(
                        portfolio.byPhase(), Views.Group::key, phase -> new Views.Group(phase, 0, BigDecimal.ZERO)));
        Map<String, String> names = StrategicField.names(projects.strategicFields());
        model.addAttribute("fieldNames", names);
        model.addAttribute("money", money);
        model.addAttribute("programmes", List.copyOf(byProgramme.keySet()));
        model.addAttribute("calledByYear", Charts.calledByProgramme(byProgramme));
        model.addAttribute("progress", progress);
        model.addAttribute("milestones", reporting.milestones(stichtag.asOf()));
        model.addAttribute(
                "fields",
                progress.fields().stream()
                        .map(field -> new FieldPanel(
                                field.field(),
                                names.getOrDefault(field.field(), field.field()),
                                field.indicators().stream()
                                        .map(indicator -> new IndicatorPanel(indicator, Charts.indicator(indicator)))
                                        .toList()))
                        .toList());
        return "dashboard/dashboard";
    }

    record FieldPanel(String id, String name, List<IndicatorPanel> indicators) {}

    record IndicatorPanel(Views.Indicator indicator, List<Charts.Row> rows) {}
}
