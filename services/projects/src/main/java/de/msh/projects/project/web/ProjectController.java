package de.msh.projects.project.web;

import de.msh.projects.project.application.ProjectService;
import de.msh.projects.project.domain.Phase;
import de.msh.projects.project.domain.PhaseChange;
import de.msh.projects.project.domain.Project;
import de.msh.projects.project.domain.ProjectFilter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio over HTTP. Writes for the steering office and admins; every staff role reads. */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    static final String WRITERS = "hasAnyRole('steering', 'admin')";

    /** The sort names of the API and the document paths behind them. */
    private static final Map<String, String> SORTABLE =
            Map.of("code", "code", "title", "details.title", "phase", "phase", "registeredAt", "registeredAt");

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<ProjectResponse> register(@Valid @RequestBody RegisterProjectRequest request, Authentication user) {
        Project project = projects.register(request.toCommand(), user.getName());
        return ResponseEntity.created(URI.create("/api/projects/" + project.id().value()))
                .body(ProjectResponse.of(project));
    }

    @GetMapping("/{id}")
    ProjectDetailsResponse get(@PathVariable String id) {
        return ProjectDetailsResponse.of(projects.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    ProjectResponse update(
            @PathVariable String id, @Valid @RequestBody UpdateProjectRequest request, Authentication user) {
        return ProjectResponse.of(
                projects.update(id, request.revision(), request.details(), request.plan(), user.getName()));
    }

    /** Moves a project to another phase; overriding a gate is for admins only. */
    @PostMapping("/{id}/phase")
    @PreAuthorize(WRITERS)
    ProjectResponse changePhase(
            @PathVariable String id, @Valid @RequestBody ChangePhaseRequest request, Authentication user) {
        boolean admin = user.getAuthorities().stream().anyMatch(a -> "ROLE_admin".equals(a.getAuthority()));
        if (request.overrides() && !admin) {
            throw new AccessDeniedException("Only an admin may override a phase gate");
        }
        PhaseChange change = new PhaseChange(request.to(), user.getName(), request.reason(), request.overrides());
        return ProjectResponse.of(projects.changePhase(id, request.revision(), change));
    }

    /**
     * Reports what the project has achieved in total on one of its planned Masterplan indicators by a day, with the
     * evidence; answers with the report and the project's new revision.
     */
    @PostMapping("/{id}/indicators/{indicator}/reports")
    @PreAuthorize(WRITERS)
    ResponseEntity<IndicatorReportResponse> reportIndicator(
            @PathVariable String id,
            @PathVariable @Size(max = 60) String indicator,
            @Valid @RequestBody ReportIndicatorRequest request,
            Authentication user) {
        Project project =
                projects.reportIndicator(id, request.revision(), request.toCommand(indicator, user.getName()));
        return ResponseEntity.status(HttpStatus.CREATED).body(IndicatorReportResponse.ofLatest(project));
    }

    /**
     * The portfolio, filtered and paged. {@code sort} names one of code, title, phase, registeredAt; a leading
     * {@code -} sorts descending.
     */
    @GetMapping
    ProjectPageResponse list(
            @RequestParam(required = false) @Nullable Phase phase,
            @RequestParam(required = false) @Nullable @Size(max = 60) String strategicField,
            @RequestParam(required = false) @Nullable @Size(max = 100) String municipality,
            @RequestParam(required = false) @Nullable @Size(max = 100) String projectManager,
            @RequestParam(required = false) @Nullable @Size(max = 40) String tag,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q,
            @RequestParam(defaultValue = "code") @Pattern(regexp = "-?(code|title|phase|registeredAt)") String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        ProjectFilter filter = new ProjectFilter(phase, strategicField, municipality, projectManager, tag, q);
        String field = SORTABLE.get(sort.startsWith("-") ? sort.substring(1) : sort);
        Sort.Direction direction = sort.startsWith("-") ? Sort.Direction.DESC : Sort.Direction.ASC;
        // ties broken by _id in the same direction, so one index (field, _id) serves the sort both ways
        Sort order = Sort.by(direction, field).and(Sort.by(direction, "_id"));
        return ProjectPageResponse.of(projects.list(filter, PageRequest.of(page, size, order)));
    }
}
