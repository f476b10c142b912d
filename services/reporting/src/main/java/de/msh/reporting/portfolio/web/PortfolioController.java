package de.msh.reporting.portfolio.web;

import de.msh.reporting.portfolio.application.PortfolioService;
import de.msh.reporting.portfolio.domain.PortfolioByPhase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Portfolio figures for every staff role (read-only). */
@RestController
@RequestMapping("/api/reporting/portfolio")
class PortfolioController {

    private final PortfolioService portfolio;

    PortfolioController(PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping("/phases")
    PortfolioByPhase byPhase() {
        return portfolio.byPhase();
    }
}
