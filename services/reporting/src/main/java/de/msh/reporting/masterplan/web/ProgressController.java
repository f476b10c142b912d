package de.msh.reporting.masterplan.web;

import de.msh.reporting.masterplan.application.ProgressService;
import de.msh.reporting.masterplan.domain.MasterplanProgress;
import de.msh.reporting.space.Answer;
import de.msh.reporting.space.ViewsAsOf;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Masterplan progress for every staff role (read-only). */
@RestController
class ProgressController {

    private final ProgressService progress;
    private final ViewsAsOf views;

    ProgressController(ProgressService progress, ViewsAsOf views) {
        this.progress = progress;
        this.views = views;
    }

    /**
     * Per strategic field and indicator: baseline, targets, the district's value over time, what projects achieved
     * and plan, and the forecast with its basis; optionally for one field. Now, or as it stood at {@code asOf}, by
     * the catalogue version valid then.
     */
    @GetMapping("/api/reporting/masterplan/progress")
    Answer<MasterplanProgress> progress(
            @RequestParam(required = false) @Nullable @Pattern(regexp = IndicatorInput.KEY) String field,
            @RequestParam(required = false) @Nullable Instant asOf) {
        return views.answer(asOf, () -> progress.progress(field, asOf));
    }
}
