package de.msh.reporting.money.web;

import de.msh.reporting.money.application.MoneyService;
import de.msh.reporting.money.domain.MoneyView;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The money figures for every staff role (read-only). */
@RestController
class MoneyController {

    private final MoneyService money;

    MoneyController(MoneyService money) {
        this.money = money;
    }

    /**
     * Committed, called, received, passed on, proven, reclaimed, repaid, interest, reconciled and open discrepancies,
     * in all, by programme and funding period, by strategic field and by project, and the money moved per year;
     * optionally for one programme or project.
     */
    @GetMapping("/api/reporting/money")
    MoneyView view(
            @RequestParam(required = false) @Nullable @Size(max = 60) String programme,
            @RequestParam(required = false) @Nullable @Size(max = 60) String projectId) {
        return money.view(programme, projectId);
    }
}
