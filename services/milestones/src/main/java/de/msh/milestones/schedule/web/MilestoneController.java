package de.msh.milestones.schedule.web;

import de.msh.events.milestones.MilestoneKind;
import de.msh.milestones.schedule.application.ScheduleService;
import de.msh.milestones.schedule.application.Writer;
import de.msh.milestones.schedule.domain.Milestone;
import de.msh.milestones.schedule.domain.MilestoneFilter;
import de.msh.milestones.schedule.domain.MilestoneStatus;
import de.msh.milestones.schedule.domain.Schedule;
import de.msh.platform.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Milestones over HTTP. Writes for the steering office and admins, and for finance on funding deadlines (see {@link
 * Writer}); every staff role reads.
 */
@RestController
@RequestMapping("/api/milestones")
@Validated
class MilestoneController {

    static final String WRITERS = "hasAnyRole('steering', 'admin', 'finance')";

    private final ScheduleService schedules;

    MilestoneController(ScheduleService schedules) {
        this.schedules = schedules;
    }

    /** Plans a milestone for a project; its date is the baseline and the first forecast. */
    @PostMapping("/projects/{projectId}")
    @PreAuthorize(WRITERS)
    ResponseEntity<MilestoneResponse> plan(
            @PathVariable @Size(max = 60) String projectId,
            @Valid @RequestBody Requests.Plan request,
            Authentication user) {
        Milestone milestone = schedules.plan(projectId, request.toPlan(), writer(user));
        Schedule schedule = schedules.get(projectId);
        return ResponseEntity.created(URI.create("/api/milestones/projects/" + projectId + "/" + milestone.id()))
                .body(MilestoneResponse.of(schedule, milestone, schedules.today(), schedules.rules()));
    }

    @GetMapping("/projects/{projectId}")
    ScheduleResponse schedule(@PathVariable @Size(max = 60) String projectId) {
        return respond(schedules.get(projectId));
    }

    @PostMapping("/projects/{projectId}/{milestoneId}/replan")
    @PreAuthorize(WRITERS)
    ScheduleResponse replan(
            @PathVariable @Size(max = 60) String projectId,
            @PathVariable @Size(max = 60) String milestoneId,
            @Valid @RequestBody Requests.Replan request,
            Authentication user) {
        return respond(schedules.replan(
                projectId, milestoneId, request.revision(), request.to(), request.reason(), writer(user)));
    }

    @PostMapping("/projects/{projectId}/{milestoneId}/achieve")
    @PreAuthorize(WRITERS)
    ScheduleResponse achieve(
            @PathVariable @Size(max = 60) String projectId,
            @PathVariable @Size(max = 60) String milestoneId,
            @Valid @RequestBody Requests.Achieve request,
            Authentication user) {
        return respond(schedules.achieve(projectId, milestoneId, request.revision(), request.on(), writer(user)));
    }

    @PutMapping("/projects/{projectId}/{milestoneId}/dependencies")
    @PreAuthorize(WRITERS)
    ScheduleResponse dependOn(
            @PathVariable @Size(max = 60) String projectId,
            @PathVariable @Size(max = 60) String milestoneId,
            @Valid @RequestBody Requests.DependOn request,
            Authentication user) {
        return respond(
                schedules.dependOn(projectId, milestoneId, request.revision(), request.dependsOn(), writer(user)));
    }

    /**
     * Milestones across the portfolio, by expected date: filtered by status (several allowed), kind, a due window
     * (by the date reached, or else the forecast) and the projects' manager.
     */
    @GetMapping
    List<MilestoneResponse> list(
            @RequestParam(required = false) @Nullable Set<MilestoneStatus> status,
            @RequestParam(required = false) @Nullable MilestoneKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueTo,
            @RequestParam(required = false) @Nullable @Size(max = 200) String manager) {
        MilestoneFilter filter = new MilestoneFilter(status == null ? Set.of() : status, kind, dueFrom, dueTo, manager);
        LocalDate today = schedules.today();
        return schedules.find(filter).stream()
                .map(found -> MilestoneResponse.of(found.schedule(), found.milestone(), today, schedules.rules()))
                .toList();
    }

    private ScheduleResponse respond(Schedule schedule) {
        return ScheduleResponse.of(schedule, schedules.today(), schedules.rules());
    }

    private static Writer writer(Authentication user) {
        return new Writer(user.getName(), Roles.of(user));
    }
}
