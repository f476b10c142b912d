package de.msh.portal.start;

import de.msh.portal.finance.FundingClient;
import de.msh.portal.portfolio.Phases;
import de.msh.portal.portfolio.ProjectsClient;
import de.msh.portal.portfolio.StrategicField;
import java.math.BigDecimal;
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
        // every phase, also those without projects
        model.addAttribute(
                "byPhase",
                Phases.inBoardOrder(
                        portfolio.byPhase(),
                        PortfolioView.Group::key,
                        phase -> new PortfolioView.Group(phase, 0, BigDecimal.ZERO)));
        model.addAttribute("byField", portfolio.byStrategicField());
        model.addAttribute("fieldNames", StrategicField.names(projects.strategicFields()));
        model.addAttribute("money", reporting.money());
        model.addAttribute("programmes", funding.programmes());
        return "start/start";
    }
}
