package de.msh.portal.finance;

import de.msh.portal.backend.ServiceFailed;
import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.security.Roles;
import de.msh.portal.web.Notices;
import de.msh.portal.web.ProblemMessages;
import de.msh.portal.web.UploadedFiles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bank statements: the list, the upload of a camt.053 or CSV file, and one statement with what became of each
 * booking. htmx uploads show their progress; without script the form posts as usual.
 */
@Controller
class StatementController {

    private final FundingClient funding;
    private final ProblemMessages problems;

    StatementController(FundingClient funding, ProblemMessages problems) {
        this.funding = funding;
        this.problems = problems;
    }

    @GetMapping("/finanzen/kontoauszuege")
    String list(Model model) {
        model.addAttribute("statements", funding.statements());
        return "finance/statements";
    }

    @GetMapping("/finanzen/kontoauszuege/neu")
    @PreAuthorize(Roles.FUNDING_WRITERS)
    String uploadForm(Model model) {
        model.addAttribute("uploadKey", UUID.randomUUID().toString());
        return "finance/statement-upload";
    }

    @GetMapping("/finanzen/kontoauszuege/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("statement", funding.statement(id));
        return "finance/statement";
    }

    @PostMapping("/finanzen/kontoauszuege")
    @PreAuthorize(Roles.FUNDING_WRITERS)
    String upload(
            @RequestParam("datei") @Nullable MultipartFile file,
            @RequestParam String idempotencyKey,
            @RequestHeader(value = "HX-Request", required = false) boolean htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        String type = UploadedFiles.contentType(file, StatementFiles.TYPES);
        String error = null;
        if (type == null) {
            error = "Bitte wählen Sie eine camt.053-Datei (.xml) oder eine CSV-Datei (.csv).";
        } else {
            try {
                ResponseEntity<List<Statements.Overview>> answer =
                        funding.importStatement(type, file.getBytes(), idempotencyKey);
                List<Statements.Overview> imported = answer.getBody() == null ? List.of() : answer.getBody();
                if (imported.isEmpty()) {
                    throw new ServiceFailed("funding", "an import answered without a statement");
                }
                String next = "/finanzen/kontoauszuege/" + imported.get(0).id();
                String notice = answer.getStatusCode().value() == 201
                        ? StatementFiles.notice(imported)
                        : "Dieser Kontoauszug war bereits eingelesen; nichts wurde verändert.";
                if (htmx) {
                    Notices.keepForNextPage(notice, next, request, response);
                    response.setHeader("HX-Redirect", next);
                    return "fragments/empty";
                }
                redirect.addFlashAttribute("notice", notice);
                return "redirect:" + next;
            } catch (ServiceProblem refused) {
                if (refused.status() == 403) {
                    throw refused;
                }
                error = problems.message(refused);
            }
        }
        model.addAttribute("uploadError", error);
        model.addAttribute("uploadKey", UUID.randomUUID().toString());
        if (htmx) {
            return "finance/statement-upload :: upload";
        }
        response.setStatus(422);
        return "finance/statement-upload";
    }

    /** The formats a statement comes in, and the notice after an import. */
    static final class StatementFiles {

        private StatementFiles() {}

        static final Map<String, String> TYPES = Map.of(".xml", "application/xml", ".csv", "text/csv");

        static String notice(List<Statements.Overview> imported) {
            int bookings =
                    imported.stream().mapToInt(Statements.Overview::bookings).sum();
            int open = imported.stream().mapToInt(Statements.Overview::open).sum();
            return "Kontoauszug eingelesen: " + bookings + " Buchungen, davon " + open + " offen.";
        }
    }
}
