package de.msh.portal.start;

import de.msh.portal.finance.FundingClient;
import de.msh.portal.portfolio.Phases;
import de.msh.portal.portfolio.ProjectsClient;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page everyone lands on: the portfolio by phase and by strategic field with planned cost, the money moved
 * by programme and period (both reporting's read models, built from events), and the programmes' envelopes (funding).
 */
@Controller
class StartController {

    private final ReportingClient reporting;
    private final ProjectsClient projects;
    private final FundingClient funding;

    StartController(ReportingClient reporting, ProjectsClient projects, FundingClient funding) {
        this.reporting = reporting;
        this.projects = projects;
        this.funding = funding;
    }

    @GetMapping("/")
    String start(Model model) {
        PortfolioView portfolio = reporting.portfolio();
        model.addAttribute("portfolio", portfolio);
        model.addAttribute("byPhase", byPhase(portfolio));
        model.addAttribute("byField", portfolio.byStrategicField());
        model.addAttribute("fieldNames", fieldNames());
        model.addAttribute("money", reporting.money());
        model.addAttribute("programmes", funding.programmes());
        return "start/start";
    }

    // Every phase in the board's order, also those without projects.
    private static List<PortfolioView.Group> byPhase(PortfolioView portfolio) {
        Map<String, PortfolioView.Group> byKey = new HashMap<>();
        portfolio.byPhase().forEach(group -> byKey.put(group.key(), group));
        return Phases.BOARD.stream()
                .map(phase -> byKey.getOrDefault(phase, new PortfolioView.Group(phase, 0, BigDecimal.ZERO)))
                .toList();
    }

    // Fields by the names the office uses; projects without a field under "ohne Themenfeld".
    private Map<String, String> fieldNames() {
        Map<String, String> names = new HashMap<>();
        projects.strategicFields().forEach(field -> names.put(field.id(), field.name()));
        names.put("-", "ohne Themenfeld");
        return names;
    }
}
