package de.msh.portal.milestones;

import de.msh.portal.backend.ServiceProblem;
import de.msh.portal.web.DayInput;
import de.msh.portal.web.ProblemMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is late or at risk across the portfolio, and a project's milestones: plan, re-plan with a reason, reach, and
 * the milestone trend analysis. A refusal is shown in German at the form it concerns, and the page comes back 422.
 */
@Controller
class MilestonesController {

    static final java.time.ZoneId OFFICE_ZONE = java.time.ZoneId.of("Europe/Berlin");
    static final String WRITERS = "hasAnyRole('steering', 'admin', 'finance')";
    static final List<String> KINDS =
            List.of("PHASE_GATE", "DELIVERABLE", "FUNDING_DEADLINE", "REPORTING_DATE", "EVENT");
    static final List<String> STATUSES =
            List.of("MISSED", "AT_RISK", "LATE", "ON_TRACK", "PLANNED", "ACHIEVED", "CLOSED");
    /** What needs attention, the list's default. */
    static final List<String> ATTENTION = List.of("MISSED", "AT_RISK", "LATE");

    private final MilestonesClient milestones;
    private final ProjectNames projects;
    private final ProblemMessages problems;
    private final String calendarBase;

    MilestonesController(
            MilestonesClient milestones,
            ProjectNames projects,
            ProblemMessages problems,
            @Value("${msh.portal.calendar-base}") String calendarBase) {
        this.milestones = milestones;
        this.projects = projects;
        this.problems = problems;
        this.calendarBase = calendarBase;
    }

    @GetMapping("/meilensteine")
    String portfolio(
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable String art,
            @RequestParam(required = false) @Nullable String von,
            @RequestParam(required = false) @Nullable String bis,
            @RequestParam(required = false) @Nullable String leitung,
            Model model) {
        List<String> statuses = status == null
                ? ATTENTION
                : status.stream().filter(STATUSES::contains).toList();
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        statuses.forEach(s -> query.add("status", s));
        if (art != null && KINDS.contains(art)) {
            query.add("kind", art);
        }
        Optional<LocalDate> from = von == null ? Optional.empty() : DayInput.parse(von);
        Optional<LocalDate> to = bis == null ? Optional.empty() : DayInput.parse(bis);
        if (leitung != null && !leitung.isBlank()) {
            query.add("manager", leitung.strip());
        }
        from.ifPresent(day -> query.add("dueFrom", day.toString()));
        to.ifPresent(day -> query.add("dueTo", day.toString()));
        List<MilestonesClient.Milestone> found = milestones.list(query);
        model.addAttribute("found", found);
        model.addAttribute("projects", projectsOf(found));
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("status", statuses);
        model.addAttribute("art", art);
        model.addAttribute("von", von);
        model.addAttribute("bis", bis);
        model.addAttribute("leitung", leitung);
        model.addAttribute(
                "badDay",
                (von != null && !von.isBlank() && from.isEmpty()) || (bis != null && !bis.isBlank() && to.isEmpty()));
        return "milestones/portfolio";
    }

    /** A month of milestones, every status, as a calendar of weeks; {@code monat} as {@code 2026-12}. */
    @GetMapping("/meilensteine/monat")
    String month(@RequestParam(required = false) @Nullable String monat, Model model) {
        YearMonth month = parseMonth(monat).orElseGet(() -> YearMonth.now(OFFICE_ZONE));
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        query.add("dueFrom", month.atDay(1).toString());
        query.add("dueTo", month.atEndOfMonth().toString());
        List<MilestonesClient.Milestone> found = milestones.list(query);
        model.addAttribute("view", MonthView.of(month, found));
        model.addAttribute("projects", projectsOf(found));
        return "milestones/month";
    }

    private static Optional<YearMonth> parseMonth(@Nullable String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(YearMonth.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * A new address for the person's calendar (any earlier one stops working), shown once on the page; calendar
     * clients read it directly from the milestones service.
     */
    @PostMapping("/meilensteine/kalender")
    String newFeed(Model model) {
        MilestonesClient.FeedAddress address = milestones.newFeed();
        model.addAttribute("feedAddress", calendarBase.replaceAll("/+$", "") + address.path());
        return "milestones/calendar";
    }

    @PostMapping("/meilensteine/kalender/widerrufen")
    String revokeFeed(RedirectAttributes redirect) {
        try {
            milestones.revokeFeed();
        } catch (ServiceProblem none) {
            if (none.status() != 404) {
                throw none;
            }
        }
        redirect.addFlashAttribute(
                "notice", "Die Kalenderadresse ist widerrufen; Kalender erhalten keine Termine mehr.");
        return "redirect:/meilensteine";
    }

    @GetMapping("/projekte/{id}/meilensteine")
    String schedule(@PathVariable String id, Model model) {
        return fill(id, model);
    }

    @PostMapping("/projekte/{id}/meilensteine")
    @PreAuthorize(WRITERS)
    String plan(
            @PathVariable String id,
            @ModelAttribute("planForm") MilestoneForms.PlanForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<LocalDate> on = DayInput.parse(form.getOn());
        if (form.getTitle().isBlank()) {
            return refused(id, "plan", "title", "Bitte geben Sie an, was fällig ist.", response, model);
        }
        if (on.isEmpty() || !KINDS.contains(form.getKind())) {
            return refused(id, "plan", "on", "Bitte geben Sie den Tag als TT.MM.JJJJ an.", response, model);
        }
        return send(
                id,
                "plan",
                response,
                model,
                redirect,
                "Meilenstein „" + form.getTitle().strip() + "“ ist geplant.",
                () -> milestones.plan(
                        id,
                        new MilestonesClient.Plan(form.getTitle().strip(), form.getKind(), on.get()),
                        form.getIdempotencyKey()));
    }

    @PostMapping("/projekte/{id}/meilensteine/{milestoneId}/neu-planen")
    @PreAuthorize(WRITERS)
    String replan(
            @PathVariable String id,
            @PathVariable String milestoneId,
            @ModelAttribute MilestoneForms.StepForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<LocalDate> to = DayInput.parse(form.getDay());
        if (to.isEmpty()) {
            return refused(
                    id, milestoneId, "day", "Bitte geben Sie den neuen Termin als TT.MM.JJJJ an.", response, model);
        }
        if (form.getReason().isBlank()) {
            return refused(id, milestoneId, "reason", "Bitte begründen Sie die Verschiebung.", response, model);
        }
        return send(
                id,
                milestoneId,
                response,
                model,
                redirect,
                "Der Termin ist verschoben.",
                () -> milestones.replan(
                        id,
                        milestoneId,
                        new MilestonesClient.Replan(to.get(), form.getReason().strip(), form.getRevision()),
                        form.getIdempotencyKey()));
    }

    @PostMapping("/projekte/{id}/meilensteine/{milestoneId}/erreicht")
    @PreAuthorize(WRITERS)
    String achieve(
            @PathVariable String id,
            @PathVariable String milestoneId,
            @ModelAttribute MilestoneForms.StepForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Optional<LocalDate> on = form.getDay().isBlank() ? Optional.empty() : DayInput.parse(form.getDay());
        if (!form.getDay().isBlank() && on.isEmpty()) {
            return refused(id, milestoneId, "day", "Bitte geben Sie den Tag als TT.MM.JJJJ an.", response, model);
        }
        return send(
                id,
                milestoneId,
                response,
                model,
                redirect,
                "Der Meilenstein ist als erreicht vermerkt.",
                () -> milestones.achieve(
                        id,
                        milestoneId,
                        new MilestonesClient.Achieve(on.orElse(null), form.getRevision()),
                        form.getIdempotencyKey()));
    }

    /** The projects of the milestones, each asked for once. */
    private Map<String, ProjectNames.Named.Project> projectsOf(List<MilestonesClient.Milestone> found) {
        Map<String, ProjectNames.Named.Project> named = new LinkedHashMap<>();
        found.forEach(
                m -> named.computeIfAbsent(m.projectId(), id -> projects.get(id).project()));
        return named;
    }

    private String send(
            String id,
            String form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Supplier<?> call) {
        try {
            call.get();
        } catch (ServiceProblem refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            return refused(id, form, "", problems.message(refused), response, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/projekte/" + id + "/meilensteine";
    }

    private String refused(
            String id, String form, String field, String message, HttpServletResponse response, Model model) {
        response.setStatus(422);
        model.addAttribute("refusal", new Refusal(form, field, message));
        return fill(id, model);
    }

    private String fill(String id, Model model) {
        MilestonesClient.Schedule schedule = milestones.schedule(id);
        model.addAttribute("project", projects.get(id).project());
        model.addAttribute("schedule", schedule);
        model.addAttribute("kinds", KINDS);
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", new MilestoneForms.PlanForm());
        }
        Map<String, String> keys = new LinkedHashMap<>();
        schedule.milestones().forEach(m -> keys.put(m.id(), UUID.randomUUID().toString()));
        model.addAttribute("stepKeys", keys);
        model.addAttribute("trendDays", schedule.reportingDates());
        return "milestones/schedule";
    }

    /** A refused form: which one ({@code plan} or a milestone's id), the field at fault if known, and why in German. */
    record Refusal(String form, String field, String message) {}
}
