package de.msh.portal.finance;

import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.security.Roles;
import de.msh.portal.web.Notices;
import de.msh.portal.web.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reconciliation worklist: bookings still to settle, each with its own form (assign, split, not relevant, with a
 * reason), and what else needs finance's attention (overdue calls and proofs, idle money, unbacked commitments).
 */
@Controller
class WorklistController {

    private static final String WORKLIST = "/finanzen/arbeitsliste";

    private final FundingClient funding;
    private final ProblemMessages problems;

    WorklistController(FundingClient funding, ProblemMessages problems) {
        this.funding = funding;
        this.problems = problems;
    }

    @GetMapping(WORKLIST)
    String worklist(Model model) {
        model.addAttribute("worklist", funding.worklist());
        model.addAttribute("keys", new KeyPerBooking());
        return "finance/worklist";
    }

    @PostMapping("/finanzen/kontoauszuege/{statementId}/buchungen/{position}")
    @PreAuthorize(Roles.FUNDING_WRITERS)
    String resolve(
            @PathVariable String statementId,
            @PathVariable int position,
            @ModelAttribute("form") ResolutionForm form,
            BindingResult errors,
            @RequestHeader(value = "HX-Request", required = false) boolean htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Map<String, String> grants = new HashMap<>();
        funding.grants(null).forEach(grant -> {
            grants.put(grant.fileNumber(), grant.id());
            grants.put(grant.id(), grant.id());
        });
        Optional<Statements.ResolutionRequest> resolution = form.toRequest(grants, errors);
        if (resolution.isPresent()) {
            try {
                Statements.Booking settled =
                        funding.resolve(statementId, position, resolution.get(), form.getIdempotencyKey());
                Notices.keepForNextPage(
                        "Buchung " + settled.position() + " ist erledigt.", WORKLIST, request, response);
                if (htmx) {
                    response.setHeader("HX-Redirect", WORKLIST);
                    return "fragments/empty";
                }
                return "redirect:" + WORKLIST;
            } catch (ServiceProblem refused) {
                if (refused.status() == 403 || refused.status() == 404) {
                    throw refused;
                }
                errors.reject(refused.rule(), problems.message(refused));
            }
        }
        model.addAttribute("failed", statementId + "/" + position);
        model.addAttribute("failedErrors", messages(errors));
        form.setIdempotencyKey(UUID.randomUUID().toString());
        model.addAttribute("worklist", funding.worklist());
        model.addAttribute("keys", new KeyPerBooking());
        response.setStatus(htmx ? 200 : 422);
        return "finance/worklist";
    }

    /**
     * Releases budget an envelope holds for a grant beyond what the grant holds, left by an approval cut short; the
     * funding service refuses while there is none (then nothing changes).
     */
    @PostMapping("/finanzen/zuwendungen/{grantId}/bindung-freigeben")
    @PreAuthorize(Roles.FUNDING_WRITERS)
    String releaseCommitment(
            @PathVariable String grantId,
            @RequestParam String idempotencyKey,
            HttpServletRequest request,
            HttpServletResponse response) {
        String notice;
        try {
            funding.releaseCommitment(grantId, idempotencyKey);
            notice = "Die ungedeckte Bindung wurde freigegeben.";
        } catch (ServiceProblem refused) {
            if (refused.status() == 403 || refused.status() == 404) {
                throw refused;
            }
            notice = problems.message(refused);
        }
        Notices.keepForNextPage(notice, WORKLIST, request, response);
        return "redirect:" + WORKLIST;
    }

    /** The refusals by field; those naming no field under {@code global}. */
    private static Map<String, String> messages(BindingResult errors) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            byField.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        errors.getGlobalErrors().forEach(error -> byField.putIfAbsent("global", error.getDefaultMessage()));
        return byField;
    }

    /** A fresh idempotency key per booking form, so each settling is one request however often it is sent. */
    public static final class KeyPerBooking {

        public String next() {
            return UUID.randomUUID().toString();
        }
    }
}
