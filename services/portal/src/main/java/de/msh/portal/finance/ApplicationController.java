package de.msh.portal.finance;

import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.security.Roles;
import de.msh.portal.web.MoneyInput;
import de.msh.portal.web.ProblemMessages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records a funding application from the form on a project's page. A refusal goes back to that page with the German
 * reason above the form and what was typed kept.
 */
@Controller
class ApplicationController {

    private final FundingClient funding;
    private final ProblemMessages problems;

    ApplicationController(FundingClient funding, ProblemMessages problems) {
        this.funding = funding;
        this.problems = problems;
    }

    @PostMapping("/finanzen/zuwendungen")
    @PreAuthorize(Roles.FUNDING_WRITERS)
    String apply(
            @RequestParam String projectId,
            @RequestParam String fileNumber,
            @RequestParam String programmePeriod,
            @RequestParam String requestedAmount,
            @RequestParam(defaultValue = "") String recipientKind,
            @RequestParam(defaultValue = "") String recipient,
            @RequestParam(defaultValue = "") String investmentArea,
            @RequestParam String idempotencyKey,
            RedirectAttributes redirect) {
        Optional<BigDecimal> amount = MoneyInput.parse(requestedAmount);
        String[] programme = programmePeriod.split("\\|", 2);
        String error = null;
        if (fileNumber.isBlank()) {
            error = "Bitte geben Sie das Aktenzeichen des Förderbescheids an.";
        } else if (programme.length != 2) {
            error = "Bitte wählen Sie Programm und Förderperiode.";
        } else if (amount.isEmpty()) {
            error = "Bitte den beantragten Betrag in Euro angeben, z. B. 450.000,00.";
        } else {
            Map<String, Object> application = new LinkedHashMap<>();
            application.put("projectId", projectId);
            application.put("fileNumber", fileNumber.strip());
            application.put("programme", programme[0]);
            application.put("period", programme[1]);
            application.put("requestedAmount", amount.get());
            if (!recipientKind.isBlank()) {
                application.put("recipientKind", recipientKind); // checked by the funding service
            }
            if (!recipient.isBlank()) {
                application.put("recipient", recipient.strip());
            }
            if (!investmentArea.isBlank()) {
                application.put("investmentArea", investmentArea); // one of the programme's, checked by funding
            }
            try {
                Grant grant = funding.apply(application, idempotencyKey);
                redirect.addFlashAttribute("notice", "Förderantrag " + grant.fileNumber() + " wurde erfasst.");
                return "redirect:/finanzen/zuwendungen/" + grant.id();
            } catch (ServiceProblem refused) {
                if (refused.status() == 403) {
                    throw refused;
                }
                error = problems.message(refused);
            }
        }
        redirect.addFlashAttribute("applicationError", error);
        redirect.addFlashAttribute(
                "application",
                Map.of(
                        "fileNumber",
                        fileNumber,
                        "programmePeriod",
                        programmePeriod,
                        "requestedAmount",
                        requestedAmount,
                        "recipientKind",
                        recipientKind,
                        "recipient",
                        recipient,
                        "investmentArea",
                        investmentArea));
        return "redirect:/projekte/" + projectId + "#foerderantrag";
    }
}
