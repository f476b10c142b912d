package de.msh.reporting.studies.web;

import de.msh.reporting.space.Answer;
import de.msh.reporting.space.ViewsAsOf;
import de.msh.reporting.studies.application.StudiesService;
import de.msh.reporting.studies.domain.StudiesView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What became of the studies' recommendations, for every staff role (read-only). */
@RestController
class StudiesController {

    private final StudiesService studies;
    private final ViewsAsOf views;

    StudiesController(StudiesService studies, ViewsAsOf views) {
        this.studies = studies;
        this.views = views;
    }

    /** Open, adopted, realised and rejected recommendations and the realisation rate, in all and per study field. */
    @GetMapping("/api/reporting/studies")
    Answer<StudiesView> view(@RequestParam(required = false) @Nullable Instant asOf) {
        return views.answer(asOf, studies::view);
    }
}
