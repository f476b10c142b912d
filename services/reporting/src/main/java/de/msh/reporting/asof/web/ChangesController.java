package de.msh.reporting.asof.web;

import de.msh.reporting.asof.application.ChangeReport;
import de.msh.reporting.asof.application.Changes;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What changed between two instants, for every staff role (read-only). */
@RestController
class ChangesController {

    private final ChangeReport changes;

    ChangesController(ChangeReport changes) {
        this.changes = changes;
    }

    /** Projects added, phase changes, money moved and indicator values from {@code from} to {@code to} (or now). */
    @GetMapping("/api/reporting/changes")
    Changes between(@RequestParam Instant from, @RequestParam(required = false) @Nullable Instant to) {
        return changes.between(from, to);
    }
}
