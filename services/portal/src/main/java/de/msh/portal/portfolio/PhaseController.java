package de.msh.portal.portfolio;

import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.security.Roles;
import de.msh.portal.web.Notices;
import de.msh.portal.web.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moves a project to another phase. A gate the projects service refuses is explained in German next to the control:
 * htmx swaps just the control; without script the whole page comes back with the explanation.
 */
@Controller
class PhaseController {

    private final ProjectsClient projects;
    private final ProblemMessages problems;
    private final ProjectView page;

    PhaseController(ProjectsClient projects, ProblemMessages problems, ProjectView page) {
        this.projects = projects;
        this.problems = problems;
        this.page = page;
    }

    @PostMapping("/projekte/{id}/phase")
    @PreAuthorize(Roles.PROJECT_WRITERS)
    String change(
            @PathVariable String id,
            @ModelAttribute("phaseForm") PhaseForm form,
            BindingResult errors,
            @RequestHeader(value = "HX-Request", required = false) boolean htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!Phases.BOARD.contains(form.getTo())) {
            errors.rejectValue("to", "required", "Bitte wählen Sie die neue Phase.");
        } else if (Phases.NEED_REASON.contains(form.getTo()) && form.getReason().isBlank()) {
            errors.rejectValue("reason", "required", "Für diesen Wechsel ist eine Begründung nötig.");
        }
        if (!errors.hasErrors()) {
            try {
                Project moved = projects.changePhase(id, form.toRequest(), form.getIdempotencyKey());
                String notice = "Projekt " + moved.code() + " ist jetzt in der neuen Phase.";
                if (htmx) {
                    Notices.keepForNextPage(notice, "/projekte/" + id, request, response);
                    response.setHeader("HX-Redirect", "/projekte/" + id);
                    return "fragments/empty";
                }
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/projekte/" + id;
            } catch (ServiceProblem refused) {
                if (refused.status() == 403 || refused.status() == 404) {
                    throw refused;
                }
                String field = "phase-change-reason-required".equals(refused.rule()) ? "reason" : "to";
                errors.rejectValue(field, refused.rule(), problems.message(refused));
            }
        }
        // A refused change gets a fresh key: trying again after fixing it is a new request.
        form.setIdempotencyKey(UUID.randomUUID().toString());
        if (htmx) {
            model.addAttribute("project", projects.get(id).project());
            model.addAttribute("phases", Phases.BOARD);
            return "portfolio/project :: phase-change";
        }
        response.setStatus(422);
        return page.fill(id, model);
    }
}
