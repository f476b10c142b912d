package de.msh.portal.reports;

import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.portfolio.ProjectsClient;
import de.msh.portal.portfolio.StrategicField;
import de.msh.portal.security.Roles;
import de.msh.portal.web.ProblemMessages;
import de.msh.portal.web.Stichtag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Status reports: the list, a draft as of a day, its preview with the manager's assessment, publishing, the files.
 * A refusal comes back in German at the form it concerns, with what was typed kept.
 */
@Controller
class ReportsController {

    static final List<String> FILES =
            List.of("pdf", "xlsx", "projekte.csv", "meilensteine.csv", "indikatoren.csv", "massnahmen.csv");

    /** How many ended half-years and years the § 8 InvKG reports offer. */
    private static final int PERIODS = 6;

    private final StatusReportsClient reports;
    private final ReportDraftsClient drafts;
    private final ProjectsClient projects;
    private final ProblemMessages problems;
    private final Clock clock;

    ReportsController(
            StatusReportsClient reports,
            ReportDraftsClient drafts,
            ProjectsClient projects,
            ProblemMessages problems,
            Clock clock) {
        this.reports = reports;
        this.drafts = drafts;
        this.projects = projects;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/berichte")
    String list(Model model) {
        model.addAttribute("reports", reports.list());
        List<StrategicField> fields = projects.strategicFields();
        model.addAttribute("fields", fields);
        LinkedMultiValueMap<String, String> all = new LinkedMultiValueMap<>();
        all.add("size", "200");
        all.add("sort", "code");
        model.addAttribute("projects", projects.list(all).items());
        model.addAttribute("halfYears", halfYears());
        model.addAttribute("years", years());
        if (!model.containsAttribute("draftKey")) {
            model.addAttribute("draftKey", UUID.randomUUID().toString());
        }
        return "reports/list";
    }

    @PostMapping("/berichte")
    @PreAuthorize(Roles.REPORT_WRITERS)
    String draft(
            @RequestParam String umfang,
            @RequestParam(required = false) @Nullable String feld,
            @RequestParam(required = false) @Nullable String projekt,
            @RequestParam(required = false) @Nullable String halbjahr,
            @RequestParam(required = false) @Nullable String jahr,
            @RequestParam(defaultValue = "") String stichtag,
            @RequestParam String idempotencyKey,
            RedirectAttributes redirect) {
        Stichtag day = Stichtag.of(stichtag, clock);
        String key = switch (umfang) {
            case "FIELD" -> feld;
            case "PROJECT" -> projekt;
            case "INVKG_HALF_YEAR" -> halbjahr;
            case "INVKG_YEAR" -> jahr;
            default -> null;
        };
        String error = null;
        if (day.error() != null) {
            error = "Bitte den Stichtag als TT.MM.JJJJ angeben; er darf nicht in der Zukunft liegen.";
        } else if (!"PORTFOLIO".equals(umfang) && (key == null || key.isBlank())) {
            error = switch (umfang) {
                case "FIELD" -> "Bitte wählen Sie das Themenfeld.";
                case "INVKG_HALF_YEAR" -> "Bitte wählen Sie das Halbjahr.";
                case "INVKG_YEAR" -> "Bitte wählen Sie das Jahr.";
                default -> "Bitte wählen Sie das Projekt.";
            };
        } else {
            try {
                var started = drafts.start(new StatusReportsClient.Draft(umfang, key, day.asOf()), idempotencyKey);
                return "redirect:/berichte/entwurf/" + started.id();
            } catch (ServiceProblem refused) {
                if (refused.status() == 403) {
                    throw refused;
                }
                error = problems.message(refused);
            }
        }
        redirect.addFlashAttribute("draftError", error);
        redirect.addFlashAttribute(
                "draft",
                Map.of(
                        "umfang",
                        umfang,
                        "feld",
                        feld == null ? "" : feld,
                        "projekt",
                        projekt == null ? "" : projekt,
                        "halbjahr",
                        halbjahr == null ? "" : halbjahr,
                        "jahr",
                        jahr == null ? "" : jahr,
                        "stichtag",
                        stichtag));
        return "redirect:/berichte#neuer-bericht";
    }

    /** A half-year or year to report on under § 8 InvKG: its key and German name. */
    record Period(String key, String label) {}

    // the half-years that have ended, newest first: a report on one not yet over is refused
    private List<Period> halfYears() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        int half = today.getMonthValue() > 6 ? 1 : 0;
        if (half == 0) {
            year--;
            half = 2;
        }
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < PERIODS; i++) {
            periods.add(new Period(year + "-H" + half, half + ". Halbjahr " + year));
            if (half == 2) {
                half = 1;
            } else {
                half = 2;
                year--;
            }
        }
        return periods;
    }

    private List<Period> years() {
        int last = LocalDate.now(clock).getYear() - 1;
        List<Period> periods = new ArrayList<>();
        for (int year = last; year > last - PERIODS; year--) {
            periods.add(new Period(String.valueOf(year), String.valueOf(year)));
        }
        return periods;
    }

    @GetMapping("/berichte/{id}")
    String report(@PathVariable String id, Model model) {
        model.addAttribute("report", reports.get(id));
        model.addAttribute("fieldNames", StrategicField.names(projects.strategicFields()));
        model.addAttribute("files", FILES);
        model.addAttribute("stepKey", UUID.randomUUID().toString());
        return "reports/report";
    }

    @PostMapping("/berichte/{id}/einschaetzung")
    @PreAuthorize(Roles.REPORT_WRITERS)
    String assess(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String einschaetzung,
            @RequestParam(defaultValue = "") String risiken,
            @RequestParam long revision,
            @RequestParam String idempotencyKey,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "Die Einschätzung ist gespeichert.",
                Map.of("einschaetzung", einschaetzung, "risiken", risiken),
                () -> reports.assess(
                        id, new StatusReportsClient.Assessment(einschaetzung, risiken, revision), idempotencyKey));
    }

    @PostMapping("/berichte/{id}/veroeffentlichung")
    @PreAuthorize(Roles.REPORT_WRITERS)
    String publish(
            @PathVariable String id,
            @RequestParam long revision,
            @RequestParam String idempotencyKey,
            RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "Der Bericht ist veröffentlicht und ändert sich nicht mehr.",
                Map.of(),
                () -> reports.publish(id, new StatusReportsClient.Publication(revision), idempotencyKey));
    }

    /** A file of the report, passed through from reporting with its name. */
    @GetMapping("/berichte/{id}/dateien/{name}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String name) {
        if (!FILES.contains(name)) {
            throw new ServiceProblem("portal", 404, "not-found", "no such file: " + name, List.of());
        }
        ResponseEntity<byte[]> file = reports.file(id, name);
        return ResponseEntity.ok()
                .headers(headers -> {
                    headers.setContentType(file.getHeaders().getContentType());
                    headers.set(
                            HttpHeaders.CONTENT_DISPOSITION,
                            file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
                })
                .body(file.getBody());
    }

    private String step(
            String id,
            RedirectAttributes redirect,
            String done,
            Map<String, String> typed,
            Supplier<StatusReportsClient.Report> change) {
        try {
            change.get();
            redirect.addFlashAttribute("notice", done);
        } catch (ServiceProblem refused) {
            if (refused.status() == 403) {
                throw refused;
            }
            redirect.addFlashAttribute("stepError", problems.message(refused));
            redirect.addFlashAttribute("typed", typed);
        }
        return "redirect:/berichte/" + id;
    }
}
