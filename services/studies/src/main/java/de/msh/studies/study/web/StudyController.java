package de.msh.studies.study.web;

import de.msh.studies.study.application.StudyService;
import de.msh.studies.study.domain.Study;
import de.msh.studies.study.domain.StudyField;
import de.msh.studies.study.domain.StudyFilter;
import de.msh.studies.study.domain.StudyKind;
import de.msh.studies.study.domain.StudyStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The study catalogue over HTTP. Writes for the steering office and admins; every staff role reads. */
@RestController
@RequestMapping("/api/studies")
class StudyController {

    static final String WRITERS = "hasAnyRole('steering', 'admin')";

    private static final Map<String, String> SORTABLE = Map.of(
            "catalogueNumber", "catalogueNumber",
            "title", "details.title",
            "status", "status",
            "registeredAt", "registeredAt");

    private final StudyService studies;

    StudyController(StudyService studies) {
        this.studies = studies;
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<StudyResponse> register(@Valid @RequestBody RegisterStudyRequest request, Authentication user) {
        Study study = studies.register(request.toCommand(), user.getName());
        return ResponseEntity.created(URI.create("/api/studies/" + study.id())).body(StudyResponse.of(study));
    }

    @GetMapping("/{id}")
    StudyDetailsResponse get(@PathVariable String id) {
        return StudyDetailsResponse.of(studies.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    StudyResponse update(@PathVariable String id, @Valid @RequestBody UpdateStudyRequest request, Authentication user) {
        return StudyResponse.of(
                studies.update(id, request.revision(), request.study().toDomain(), user.getName()));
    }

    /**
     * Withdraws a study entered by mistake (only while no project carries out its recommendations); it stays
     * readable with its history, leaves the list, and projects can no longer name it.
     */
    @DeleteMapping("/{id}")
    @PreAuthorize(WRITERS)
    StudyResponse withdraw(
            @PathVariable String id,
            @RequestParam @NotBlank @Size(max = 1000) String reason,
            @RequestParam(required = false) @Nullable @PositiveOrZero Long revision,
            Authentication user) {
        return StudyResponse.of(studies.withdraw(id, revision, reason, user.getName()));
    }

    /** Moves a study forward: commissioned, in progress, completed, archived. */
    @PostMapping("/{id}/status")
    @PreAuthorize(WRITERS)
    StudyResponse changeStatus(
            @PathVariable String id, @Valid @RequestBody Requests.ChangeStatus request, Authentication user) {
        return StudyResponse.of(
                studies.changeStatus(id, request.revision(), request.to(), request.on(), user.getName()));
    }

    /**
     * The catalogue, filtered and paged. {@code sort} names one of catalogueNumber, title, status, registeredAt; a
     * leading {@code -} sorts descending.
     */
    @GetMapping
    StudyPageResponse list(
            @RequestParam(required = false) @Nullable StudyField field,
            @RequestParam(required = false) @Nullable StudyKind kind,
            @RequestParam(required = false) @Nullable StudyStatus status,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q,
            @RequestParam(defaultValue = "catalogueNumber")
                    @Pattern(regexp = "-?(catalogueNumber|title|status|registeredAt)")
                    String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        String path = SORTABLE.get(sort.startsWith("-") ? sort.substring(1) : sort);
        Sort order = Sort.by(sort.startsWith("-") ? Sort.Direction.DESC : Sort.Direction.ASC, path);
        return StudyPageResponse.of(studies.list(
                new StudyFilter(field, kind, status, q), PageRequest.of(page, size, order.and(Sort.by("_id")))));
    }
}
