package de.msh.funding.grant.web;

import de.msh.funding.grant.application.GrantService;
import de.msh.funding.grant.domain.Grant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Grants over HTTP. Writes for finance staff and admins; every staff role reads. */
@RestController
@RequestMapping("/api/funding/grants")
class GrantController {

    static final String WRITERS = "hasAnyRole('finance', 'admin')";

    private final GrantService grants;

    GrantController(GrantService grants) {
        this.grants = grants;
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    ResponseEntity<GrantResponse> apply(@Valid @RequestBody GrantRequests.Apply request, Authentication user) {
        Grant grant = grants.apply(request.toCommand(), user.getName());
        return ResponseEntity.created(URI.create("/api/funding/grants/" + grant.id()))
                .body(GrantResponse.of(grant));
    }

    /** Records the decision that approves the grant; refused if the programme's envelope cannot hold it. */
    @PostMapping("/{id}/approval")
    @PreAuthorize(WRITERS)
    GrantResponse approve(
            @PathVariable String id, @Valid @RequestBody GrantRequests.Approve request, Authentication user) {
        return GrantResponse.of(grants.approve(id, request.revision(), request.toDecision(), user.getName()));
    }

    @PostMapping("/{id}/rejection")
    @PreAuthorize(WRITERS)
    GrantResponse reject(
            @PathVariable String id, @Valid @RequestBody GrantRequests.Reject request, Authentication user) {
        return GrantResponse.of(
                grants.reject(id, request.revision(), request.reason(), request.decidedOn(), user.getName()));
    }

    @GetMapping("/{id}")
    GrantResponse get(@PathVariable String id) {
        return GrantResponse.of(grants.get(id));
    }

    @GetMapping
    List<GrantResponse> list(@RequestParam(required = false) @Nullable @Size(max = 60) String projectId) {
        return grants.list(projectId).stream().map(GrantResponse::of).toList();
    }
}
