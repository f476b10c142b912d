package de.msh.studies.study.web;

import de.msh.studies.study.application.StudyService;
import de.msh.studies.study.domain.Recommendation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A study's recommendations and what became of them: added, adopted into projects, rejected with a reason, realised.
 * Writes for the steering office and admins.
 */
@RestController
@RequestMapping("/api/studies/{id}/recommendations")
@PreAuthorize(StudyController.WRITERS)
class RecommendationController {

    private final StudyService studies;

    RecommendationController(StudyService studies) {
        this.studies = studies;
    }

    @PostMapping
    ResponseEntity<Recommendation> add(
            @PathVariable String id, @Valid @RequestBody Requests.AddRecommendation request, Authentication user) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(studies.addRecommendation(id, request.revision(), request.text(), user.getName()));
    }

    /** Links the recommendation to a project that carries it out; more than one project may. */
    @PostMapping("/{recommendationId}/adoptions")
    StudyDetailsResponse adopt(
            @PathVariable String id,
            @PathVariable String recommendationId,
            @Valid @RequestBody Requests.Adopt request,
            Authentication user) {
        return StudyDetailsResponse.of(
                studies.adopt(id, request.revision(), recommendationId, request.projectId(), user.getName()));
    }

    @PostMapping("/{recommendationId}/rejection")
    StudyDetailsResponse reject(
            @PathVariable String id,
            @PathVariable String recommendationId,
            @Valid @RequestBody Requests.Reject request,
            Authentication user) {
        return StudyDetailsResponse.of(
                studies.reject(id, request.revision(), recommendationId, request.reason(), user.getName()));
    }

    @PostMapping("/{recommendationId}/realisation")
    StudyDetailsResponse realise(
            @PathVariable String id,
            @PathVariable String recommendationId,
            @Valid @RequestBody Requests.Realise request,
            Authentication user) {
        return StudyDetailsResponse.of(studies.realise(id, request.revision(), recommendationId, user.getName()));
    }
}
