package de.msh.portal.reports;

import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.web.Notices;
import de.msh.portal.web.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A draft being computed in reporting, watched until it is done (drafting itself starts in {@link ReportsController}). */
@Controller
class DraftProgressController {

    static final String DRAFTED = "Der Entwurf ist erstellt. Prüfen Sie ihn und schreiben Sie Ihre Einschätzung dazu.";

    private final ReportDraftsClient drafts;
    private final ProblemMessages problems;

    DraftProgressController(ReportDraftsClient drafts, ProblemMessages problems) {
        this.drafts = drafts;
        this.problems = problems;
    }

    /**
     * A draft being computed: its step and how far, refreshed by htmx every two seconds; once done, the report (a
     * failure goes back to the form with the reason in German).
     */
    @GetMapping("/berichte/entwurf/{id}")
    String progress(
            @PathVariable String id,
            @RequestHeader(value = "HX-Request", required = false) boolean htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        ReportDraftsClient.Progress progress = drafts.progress(id);
        if (progress.running()) {
            model.addAttribute("progress", progress);
            return htmx ? "reports/progress :: stand" : "reports/progress";
        }
        String next = progress.failed() ? "/berichte" : "/berichte/" + id;
        if (progress.failed()) {
            String reason = problems.message(new ServiceProblem(
                    "reporting",
                    422,
                    String.valueOf(progress.problem()),
                    String.valueOf(progress.detail()),
                    List.of()));
            redirect.addFlashAttribute("draftError", reason);
            if (htmx) {
                Notices.keepForNextPage("draftError", reason, next, request, response);
            }
        } else {
            redirect.addFlashAttribute("notice", DRAFTED);
            if (htmx) {
                Notices.keepForNextPage(DRAFTED, next, request, response);
            }
        }
        if (htmx) {
            response.setHeader("HX-Redirect", next);
            return "fragments/empty";
        }
        return "redirect:" + next + (progress.failed() ? "#neuer-bericht" : "");
    }
}
