package de.msh.portal.portfolio;

import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.finance.FundingClient;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What a project's page shows: the project, its history and reports, and its grants from the funding service. */
@Component
class ProjectView {

    private final ProjectsClient projects;
    private final FundingClient grants;
    private final StudyNames studies;

    ProjectView(ProjectsClient projects, FundingClient grants, StudyNames studies) {
        this.projects = projects;
        this.grants = grants;
        this.studies = studies;
    }

    String fill(String id, Model model) {
        ProjectDetails details = projects.get(id);
        model.addAttribute("details", details);
        model.addAttribute("project", details.project());
        model.addAttribute("grants", grants.grants(id));
        model.addAttribute("programmes", grants.programmes());
        model.addAttribute("study", study(details.project().studyId()));
        model.addAttribute("applicationKey", UUID.randomUUID().toString());
        if (!model.containsAttribute("phaseForm")) {
            model.addAttribute("phaseForm", PhaseForm.next(details.project()));
        }
        model.addAttribute("phases", Phases.BOARD);
        return "portfolio/project";
    }

    // A study withdrawn or unknown since the project named it is shown by its id alone.
    private StudyNames.Named.@Nullable Study study(@Nullable String id) {
        if (id == null) {
            return null;
        }
        try {
            return studies.get(id).study();
        } catch (ServiceProblem notThere) {
            if (notThere.status() != 404) {
                throw notThere;
            }
            return null;
        }
    }
}
