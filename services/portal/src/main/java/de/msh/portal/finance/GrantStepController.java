package de.msh.portal.finance;

import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.security.Roles;
import de.msh.portal.web.ProblemMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records one step of a grant's life from its form on the grant's page. A refusal (German, next to the field, or above
 * the form) comes back on the grant's page with the form open and what was typed kept.
 */
@Controller
class GrantStepController {

    private final FundingClient funding;
    private final GrantView page;
    private final ProblemMessages problems;

    GrantStepController(FundingClient funding, GrantView page, ProblemMessages problems) {
        this.funding = funding;
        this.page = page;
        this.problems = problems;
    }

    @PostMapping("/finanzen/zuwendungen/{id}/{step}")
    @PreAuthorize(Roles.FUNDING_WRITERS)
    String step(
            @PathVariable String id,
            @PathVariable String step,
            @ModelAttribute("stepForm") GrantStepForm form,
            BindingResult errors,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return record(id, step, null, form, errors, response, model, redirect);
    }

    /** Steps of one proof of use or one reclaim: {@code nachweis/<proof>}, {@code rueckzahlung/<reclaim>}. */
    @PostMapping("/finanzen/zuwendungen/{id}/{step}/{part}")
    @PreAuthorize(Roles.FUNDING_WRITERS)
    String stepOfPart(
            @PathVariable String id,
            @PathVariable String step,
            @PathVariable String part,
            @ModelAttribute("stepForm") GrantStepForm form,
            BindingResult errors,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return record(id, step, part, form, errors, response, model, redirect);
    }

    private String record(
            String id,
            String stepPath,
            @Nullable String part,
            GrantStepForm form,
            BindingResult errors,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        GrantStep step = GrantStep.byPath(stepPath).orElseThrow(() -> new UnknownStep(stepPath));
        boolean needsPart = step == GrantStep.PROOF || step == GrantStep.REPAYMENT;
        if (needsPart != (part != null)) {
            throw new UnknownStep(stepPath);
        }
        Optional<Map<String, Object>> body = GrantStepBodies.of(form, step, errors);
        if (body.isPresent()) {
            try {
                send(id, step, part, body.get(), form.getIdempotencyKey());
                redirect.addFlashAttribute("notice", step.done() + ".");
                return "redirect:/finanzen/zuwendungen/" + id;
            } catch (ServiceProblem refused) {
                if (refused.status() == 403 || refused.status() == 404) {
                    throw refused;
                }
                errors.reject(refused.rule(), problems.message(refused));
            }
        }
        form.setIdempotencyKey(UUID.randomUUID().toString());
        model.addAttribute("openStep", step.path() + (part == null ? "" : "-" + part));
        response.setStatus(422);
        return page.fill(id, model);
    }

    private void send(String id, GrantStep step, @Nullable String part, Map<String, Object> body, String key) {
        switch (step) {
            case PROOF -> funding.acceptProof(id, part, body, key);
            case REPAYMENT -> funding.repay(id, part, body, key);
            default -> funding.step(id, step.apiStep(), body, key);
        }
    }

    /** An address naming no step the portal offers: a 404, like any unknown page. */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class UnknownStep extends RuntimeException {
        UnknownStep(String step) {
            super("no grant step " + step);
        }
    }
}
