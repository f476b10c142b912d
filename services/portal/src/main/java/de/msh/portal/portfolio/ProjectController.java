package de.msh.portal.portfolio;

import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.security.Roles;
import de.msh.portal.web.ProblemMessages;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's page, and registering and editing a project. */
@Controller
class ProjectController {

    private final ProjectsClient projects;
    private final ProjectView view;
    private final ProblemMessages problems;

    ProjectController(ProjectsClient projects, ProjectView view, ProblemMessages problems) {
        this.projects = projects;
        this.view = view;
        this.problems = problems;
    }

    @GetMapping("/projekte/{id}")
    String show(@PathVariable String id, Model model) {
        return view.fill(id, model);
    }

    @GetMapping("/projekte/neu")
    @PreAuthorize(Roles.PROJECT_WRITERS)
    String registerForm(Model model) {
        return form(new ProjectForm(), model, true);
    }

    @PostMapping("/projekte")
    @PreAuthorize(Roles.PROJECT_WRITERS)
    String register(
            @ModelAttribute("form") ProjectForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        ProjectFormReading.check(form, errors, true);
        if (errors.hasErrors()) {
            return form(form, model, true);
        }
        try {
            Project project = projects.register(ProjectFormReading.register(form), form.getIdempotencyKey());
            redirect.addFlashAttribute("notice", "Projekt " + project.code() + " wurde registriert.");
            return "redirect:/projekte/" + project.id();
        } catch (ServiceProblem refused) {
            reject(refused, errors, "duplicate".equals(refused.rule()) ? "code" : null);
            return form(form, model, true);
        }
    }

    @GetMapping("/projekte/{id}/bearbeiten")
    @PreAuthorize(Roles.PROJECT_WRITERS)
    String editForm(@PathVariable String id, Model model) {
        Project project = projects.get(id).project();
        model.addAttribute("project", project);
        return form(ProjectForm.of(project), model, false);
    }

    @PostMapping("/projekte/{id}")
    @PreAuthorize(Roles.PROJECT_WRITERS)
    String update(
            @PathVariable String id,
            @ModelAttribute("form") ProjectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Project current = projects.get(id).project();
        model.addAttribute("project", current);
        ProjectFormReading.check(form, errors, false);
        if (errors.hasErrors()) {
            return form(form, model, false);
        }
        List<ProjectRequests.Contribution> indicators = current.indicatorList().stream()
                .map(i -> new ProjectRequests.Contribution(i.indicator(), i.unit(), i.planned()))
                .toList();
        try {
            projects.update(id, ProjectFormReading.update(form, indicators));
            redirect.addFlashAttribute("notice", "Die Änderungen wurden gespeichert.");
            return "redirect:/projekte/" + id;
        } catch (ServiceProblem refused) {
            reject(refused, errors, null);
            return form(form, model, false);
        }
    }

    private String form(ProjectForm form, Model model, boolean registering) {
        model.addAttribute("form", form);
        model.addAttribute("registering", registering);
        model.addAttribute("fields", projects.strategicFields());
        return "portfolio/project-form";
    }

    /** Puts a refusal next to the fields it names, or above the form when it names none. */
    private void reject(ServiceProblem refused, BindingResult errors, @Nullable String field) {
        if (refused.status() == 403) {
            throw refused;
        }
        problems.fieldMessages(refused).forEach((apiField, message) -> {
            String formField = ProjectFormReading.formField(apiField);
            if (ProjectForm.FIELDS.contains(formField)) {
                errors.rejectValue(formField, "service", message);
            } else {
                errors.reject("service", message);
            }
        });
        if (refused.fieldErrors().isEmpty()) {
            if (field != null) {
                errors.rejectValue(field, refused.rule(), problems.message(refused));
            } else {
                errors.reject(refused.rule(), problems.message(refused));
            }
        }
    }
}
