package de.msh.reporting.money.web;

import de.msh.reporting.money.application.MoneyService;
import de.msh.reporting.money.domain.MoneyView;
import de.msh.reporting.space.Answer;
import de.msh.reporting.space.ViewsAsOf;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The money figures for every staff role (read-only). */
@RestController
class MoneyController {

    private final MoneyService money;
    private final ViewsAsOf views;

    MoneyController(MoneyService money, ViewsAsOf views) {
        this.money = money;
        this.views = views;
    }

    /**
     * Committed, called, received, passed on, proven, reclaimed, repaid, interest, reconciled and open discrepancies,
     * in all, by programme and funding period, by strategic field and by project, and the money moved per year;
     * optionally for one programme or project; now, or as it stood at {@code asOf}.
     */
    @GetMapping("/api/reporting/money")
    Answer<MoneyView> view(
            @RequestParam(required = false) @Nullable @Size(max = 60) String programme,
            @RequestParam(required = false) @Nullable @Size(max = 60) String projectId,
            @RequestParam(required = false) @Nullable Instant asOf) {
        return views.answer(asOf, () -> money.view(programme, projectId));
    }
}
