package de.msh.reporting.masterplan.web;

import de.msh.reporting.masterplan.application.ProgressService;
import de.msh.reporting.masterplan.domain.MasterplanProgress;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Masterplan progress for every staff role (read-only). */
@RestController
class ProgressController {

    private final ProgressService progress;

    ProgressController(ProgressService progress) {
        this.progress = progress;
    }

    /**
     * Per strategic field and indicator: baseline, targets, the district's value over time, what projects achieved
     * and plan, and the forecast with its basis; optionally for one field.
     */
    @GetMapping("/api/reporting/masterplan/progress")
    MasterplanProgress progress(
            @RequestParam(required = false) @Nullable @Pattern(regexp = IndicatorInput.KEY) String field) {
        return progress.progress(field);
    }
}
