package de.msh.reporting.studies.web;

import de.msh.reporting.studies.application.StudiesService;
import de.msh.reporting.studies.domain.StudiesView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What became of the studies' recommendations, for every staff role (read-only). */
@RestController
class StudiesController {

    private final StudiesService studies;

    StudiesController(StudiesService studies) {
        this.studies = studies;
    }

    /** Open, adopted, realised and rejected recommendations and the realisation rate, in all and per study field. */
    @GetMapping("/api/reporting/studies")
    StudiesView view() {
        return studies.view();
    }
}
