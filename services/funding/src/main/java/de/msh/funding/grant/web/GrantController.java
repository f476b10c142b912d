package de.msh.funding.grant.web;

import de.msh.funding.grant.application.GrantService;
import de.msh.funding.grant.application.UnbackedCommitments;
import de.msh.funding.grant.domain.DisbursePayment;
import de.msh.funding.grant.domain.Grant;
import de.msh.funding.grant.domain.ReceivePayment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
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
    private final UnbackedCommitments unbacked;

    GrantController(GrantService grants, UnbackedCommitments unbacked) {
        this.grants = grants;
        this.unbacked = unbacked;
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

    /** An amending decision; the earlier one stays on record as a superseded version. */
    @PostMapping("/{id}/amendments")
    @PreAuthorize(WRITERS)
    GrantResponse amend(@PathVariable String id, @Valid @RequestBody GrantRequests.Amend request, Authentication user) {
        return GrantResponse.of(
                grants.amend(id, request.revision(), request.toDecision(), request.reason(), user.getName()));
    }

    @PostMapping("/{id}/calls")
    @PreAuthorize(WRITERS)
    GrantResponse call(@PathVariable String id, @Valid @RequestBody GrantRequests.Call request, Authentication user) {
        return GrantResponse.of(grants.callFunds(id, request.revision(), request.toCommand(), user.getName()));
    }

    @PostMapping("/{id}/receipts")
    @PreAuthorize(WRITERS)
    GrantResponse receive(
            @PathVariable String id, @Valid @RequestBody GrantRequests.Receive request, Authentication user) {
        return GrantResponse.of(grants.receive(
                id,
                request.revision(),
                new ReceivePayment(request.callId(), request.amount(), request.receivedOn(), null),
                user.getName()));
    }

    @PostMapping("/{id}/disbursements")
    @PreAuthorize(WRITERS)
    GrantResponse disburse(
            @PathVariable String id, @Valid @RequestBody GrantRequests.Disburse request, Authentication user) {
        return GrantResponse.of(grants.disburse(
                id,
                request.revision(),
                new DisbursePayment(request.recipient(), request.amount(), request.disbursedOn(), request.note()),
                user.getName()));
    }

    @PostMapping("/{id}/proofs/{proofId}/acceptance")
    @PreAuthorize(WRITERS)
    GrantResponse acceptProof(
            @PathVariable String id,
            @PathVariable @Size(max = 40) String proofId,
            @Valid @RequestBody GrantRequests.Accept request,
            Authentication user) {
        return GrantResponse.of(grants.acceptProof(id, request.revision(), request.toCommand(proofId), user.getName()));
    }

    @PostMapping("/{id}/reclaims")
    @PreAuthorize(WRITERS)
    GrantResponse reclaim(
            @PathVariable String id, @Valid @RequestBody GrantRequests.Reclaim request, Authentication user) {
        return GrantResponse.of(
                request.revoke()
                        ? grants.revoke(id, request.revision(), request.toRevocation(), user.getName())
                        : grants.reclaim(id, request.revision(), request.toReclaim(), user.getName()));
    }

    /** Records a repayment; the answer shows the interest charged, period by period. */
    @PostMapping("/{id}/reclaims/{reclaimId}/repayment")
    @PreAuthorize(WRITERS)
    RepaymentResponse repay(
            @PathVariable String id,
            @PathVariable @Size(max = 20) String reclaimId,
            @Valid @RequestBody GrantRequests.Repay request,
            Authentication user) {
        GrantService.Repaid repaid = grants.repay(id, request.revision(), reclaimId, request.paidOn(), user.getName());
        return new RepaymentResponse(GrantResponse.of(repaid.grant()), InterestResponse.of(repaid.interest()));
    }

    /** The interest a reclaim has run up to {@code until} (default today), or was charged once repaid. */
    @GetMapping("/{id}/reclaims/{reclaimId}/interest")
    InterestResponse interest(
            @PathVariable String id,
            @PathVariable @Size(max = 20) String reclaimId,
            @RequestParam(required = false) @Nullable LocalDate until) {
        return InterestResponse.of(grants.interest(id, reclaimId, until));
    }

    /**
     * Releases what the grant's envelopes hold beyond what the grant holds, left by an approval or amendment cut short
     * (shown on the worklist as unbacked); refused while there is none.
     */
    @PostMapping("/{id}/commitment-release")
    @PreAuthorize(WRITERS)
    List<UnbackedCommitments.Unbacked> releaseCommitment(@PathVariable String id) {
        return unbacked.release(id);
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize(WRITERS)
    GrantResponse close(@PathVariable String id, @Valid @RequestBody GrantRequests.Close request, Authentication user) {
        return GrantResponse.of(grants.close(id, request.revision(), request.closedOn(), user.getName()));
    }

    record RepaymentResponse(GrantResponse grant, InterestResponse interest) {}

    @GetMapping("/{id}")
    GrantResponse get(@PathVariable String id) {
        return GrantResponse.of(grants.get(id));
    }

    @GetMapping
    List<GrantResponse> list(@RequestParam(required = false) @Nullable @Size(max = 60) String projectId) {
        return grants.list(projectId).stream().map(GrantResponse::of).toList();
    }
}
