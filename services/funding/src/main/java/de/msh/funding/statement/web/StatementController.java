package de.msh.funding.statement.web;

import de.msh.funding.statement.application.Reconciliation;
import de.msh.funding.statement.application.ReconciliationSummary;
import de.msh.funding.statement.application.StatementImport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bank statements and their reconciliation. A statement is sent as the file itself: camt.053 as
 * {@code application/xml}, the simple format as {@code text/csv}. Writes for finance staff and admins.
 */
@RestController
@RequestMapping("/api/funding")
class StatementController {

    static final String WRITERS = "hasAnyRole('finance', 'admin')";

    private final StatementImport imports;
    private final Reconciliation reconciliation;

    StatementController(StatementImport imports, Reconciliation reconciliation) {
        this.imports = imports;
        this.reconciliation = reconciliation;
    }

    /** 201 if the file brought a new statement, 200 if every statement in it was imported before (nothing changed). */
    @PostMapping(
            path = "/statements",
            consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, "text/csv"})
    @PreAuthorize(WRITERS)
    ResponseEntity<List<StatementResponse.Overview>> importStatement(
            @RequestHeader("Content-Type") MediaType type, InputStream body, Authentication user) {
        StatementImport.Format format = type.isCompatibleWith(MediaType.parseMediaType("text/csv"))
                ? StatementImport.Format.CSV
                : StatementImport.Format.CAMT053;
        List<StatementImport.Imported> imported = imports.importFile(body, format, user.getName());
        boolean created = imported.stream().anyMatch(StatementImport.Imported::created);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(imported.stream()
                        .map(i -> StatementResponse.Overview.of(i.statement()))
                        .toList());
    }

    @GetMapping("/statements")
    List<StatementResponse.Overview> list() {
        return reconciliation.list().stream()
                .map(StatementResponse.Overview::of)
                .toList();
    }

    @GetMapping("/statements/{id}")
    StatementResponse get(@PathVariable @Size(max = 40) String id) {
        return StatementResponse.of(reconciliation.get(id));
    }

    /** Settles a booking the matching left open: assigned, split, or not relevant; always with a reason. */
    @PostMapping("/statements/{id}/bookings/{position}/resolution")
    @PreAuthorize(WRITERS)
    BookingResponse resolve(
            @PathVariable @Size(max = 40) String id,
            @PathVariable @Min(1) @Max(100_000) int position,
            @Valid @RequestBody ResolutionRequest request,
            Authentication user) {
        return BookingResponse.of(reconciliation.resolve(id, position, request.toCommand(), user.getName()));
    }

    /** Bookings still to settle, and calls the funding body has not paid in time. */
    @GetMapping("/reconciliation/worklist")
    WorklistResponse worklist() {
        return WorklistResponse.of(reconciliation.worklist());
    }

    /** Per account, funding period and programme; optionally for one account, programme or span of booking days. */
    @GetMapping("/reconciliation/summary")
    ReconciliationSummary summary(
            @RequestParam(required = false) @Nullable @Size(max = 34) String account,
            @RequestParam(required = false) @Nullable @Size(max = 60) String programme,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        return reconciliation.summary(account, programme, from, to);
    }
}
