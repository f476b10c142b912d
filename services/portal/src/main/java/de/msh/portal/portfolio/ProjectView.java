package de.msh.portal.portfolio;

import de.msh.portal.finance.FundingClient;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a project's page shows: the project, its history and reports, and its grants from the funding service. */
@Component
class ProjectView {

    private final ProjectsClient projects;
    private final FundingClient grants;

    ProjectView(ProjectsClient projects, FundingClient grants) {
        this.projects = projects;
        this.grants = grants;
    }

    String fill(String id, Model model) {
        ProjectDetails details = projects.get(id);
        model.addAttribute("details", details);
        model.addAttribute("project", details.project());
        model.addAttribute("grants", grants.grants(id));
        model.addAttribute("programmes", grants.programmes());
        model.addAttribute("applicationKey", UUID.randomUUID().toString());
        if (!model.containsAttribute("phaseForm")) {
            model.addAttribute("phaseForm", PhaseForm.next(details.project()));
        }
        model.addAttribute("phases", Phases.BOARD);
        return "portfolio/project";
    }
}
