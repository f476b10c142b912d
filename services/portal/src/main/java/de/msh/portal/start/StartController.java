package de.msh.portal.start;

import de.msh.portal.finance.FundingClient;
import de.msh.portal.portfolio.ProjectsClient;
import de.msh.portal.portfolio.StrategicField;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page everyone lands on: the portfolio by phase (reporting's read model) and by strategic field, and the
 * money by programme (funding's envelopes, until reporting has a money view).
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
        model.addAttribute("byPhase", reporting.portfolioByPhase());
        model.addAttribute("byField", byField());
        model.addAttribute("programmes", funding.programmes());
        return "start/start";
    }

    // The projects service counts per field (one page of one project each) until reporting has the view.
    private List<FieldCount> byField() {
        List<FieldCount> counts = new ArrayList<>();
        for (StrategicField field : projects.strategicFields()) {
            MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
            query.add("strategicField", field.id());
            query.add("size", "1");
            counts.add(new FieldCount(field, projects.list(query).totalItems()));
        }
        return counts;
    }

    record FieldCount(StrategicField field, long count) {}
}
