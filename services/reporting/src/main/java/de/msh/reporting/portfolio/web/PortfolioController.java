package de.msh.reporting.portfolio.web;

import de.msh.events.projects.ProjectPhase;
import de.msh.reporting.portfolio.application.PortfolioService;
import de.msh.reporting.portfolio.domain.PortfolioByPhase;
import de.msh.reporting.portfolio.domain.PortfolioFilter;
import de.msh.reporting.portfolio.domain.PortfolioView;
import de.msh.reporting.space.Answer;
import de.msh.reporting.space.ViewsAsOf;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Portfolio figures for every staff role (read-only). */
@RestController
@RequestMapping("/api/reporting/portfolio")
class PortfolioController {

    private final PortfolioService portfolio;
    private final ViewsAsOf views;

    PortfolioController(PortfolioService portfolio, ViewsAsOf views) {
        this.portfolio = portfolio;
        this.views = views;
    }

    @GetMapping("/phases")
    Answer<PortfolioByPhase> byPhase(@RequestParam(required = false) @Nullable Instant asOf) {
        return views.answer(asOf, portfolio::byPhase);
    }

    /**
     * The portfolio by phase, strategic field, municipality, project manager and tag, each group with its number of
     * projects and planned cost; filtered by any of those. Projects of several municipalities or tags count in each.
     * Now, or as it stood at {@code asOf}.
     */
    @GetMapping
    Answer<PortfolioView> view(
            @RequestParam(required = false) @Nullable ProjectPhase phase,
            @RequestParam(required = false) @Nullable @Size(max = 60) String strategicField,
            @RequestParam(required = false) @Nullable @Size(max = 100) String municipality,
            @RequestParam(required = false) @Nullable @Size(max = 100) String projectManager,
            @RequestParam(required = false) @Nullable @Size(max = 40) String tag,
            @RequestParam(required = false) @Nullable Instant asOf) {
        PortfolioFilter filter = new PortfolioFilter(phase, strategicField, municipality, projectManager, tag);
        return views.answer(asOf, () -> portfolio.view(filter));
    }
}
