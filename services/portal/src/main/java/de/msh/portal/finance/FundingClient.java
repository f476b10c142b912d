package de.msh.portal.finance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The funding service as the portal uses it. Every write carries the form's idempotency key, so a form sent twice
 * changes the grant or the booking once.
 */
@HttpExchange("/api/funding")
public interface FundingClient {

    @GetExchange("/grants")
    List<GrantSummary> grants(@RequestParam(required = false) @Nullable String projectId);

    @GetExchange("/grants/{id}")
    Grant grant(@PathVariable String id);

    /** A funding application for a project: project, file number, programme, period and the amount requested. */
    @PostExchange("/grants")
    Grant apply(@RequestBody Map<String, Object> application, @RequestHeader("Idempotency-Key") String key);

    /**
     * One step of a grant's life ({@code calls}, {@code receipts}, {@code disbursements}, {@code reclaims},
     * {@code closure}), its body as the API names it.
     */
    @PostExchange("/grants/{id}/{step}")
    void step(
            @PathVariable String id,
            @PathVariable String step,
            @RequestBody Map<String, Object> body,
            @RequestHeader("Idempotency-Key") String key);

    @PostExchange("/grants/{id}/proofs/{proofId}/acceptance")
    void acceptProof(
            @PathVariable String id,
            @PathVariable String proofId,
            @RequestBody Map<String, Object> body,
            @RequestHeader("Idempotency-Key") String key);

    @PostExchange("/grants/{id}/reclaims/{reclaimId}/repayment")
    void repay(
            @PathVariable String id,
            @PathVariable String reclaimId,
            @RequestBody Map<String, Object> body,
            @RequestHeader("Idempotency-Key") String key);

    /** Releases what a grant's envelopes hold beyond what the grant holds (an approval cut short). */
    @PostExchange("/grants/{id}/commitment-release")
    void releaseCommitment(@PathVariable String id, @RequestHeader("Idempotency-Key") String key);

    @GetExchange("/grants/{id}/reclaims/{reclaimId}/interest")
    Grant.Interest interest(
            @PathVariable String id, @PathVariable String reclaimId, @RequestParam(required = false) LocalDate until);

    @GetExchange("/programmes")
    List<Programme> programmes();

    @GetExchange("/statements")
    List<Statements.Overview> statements();

    @GetExchange("/statements/{id}")
    Statements.Statement statement(@PathVariable String id);

    /** @param contentType {@code application/xml} for camt.053, {@code text/csv} for the simple format */
    /** 201 when the file brought a new statement, 200 when all of it was imported before and nothing changed. */
    @PostExchange("/statements")
    ResponseEntity<List<Statements.Overview>> importStatement(
            @RequestHeader("Content-Type") String contentType,
            @RequestBody byte[] file,
            @RequestHeader("Idempotency-Key") String key);

    @PostExchange("/statements/{id}/bookings/{position}/resolution")
    Statements.Booking resolve(
            @PathVariable String id,
            @PathVariable int position,
            @RequestBody Statements.ResolutionRequest resolution,
            @RequestHeader("Idempotency-Key") String key);

    @GetExchange("/reconciliation/worklist")
    Statements.Worklist worklist();

    @GetExchange("/reconciliation/summary")
    Statements.Summary summary(@RequestParam MultiValueMap<String, String> filters);
}
