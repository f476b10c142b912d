package de.msh.reporting.milestones.web;

import de.msh.reporting.milestones.application.MilestoneHealthService;
import de.msh.reporting.milestones.domain.MilestoneHealthView;
import de.msh.reporting.space.Answer;
import de.msh.reporting.space.ViewsAsOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Milestone health, for every staff role (read-only), now or as of an instant. */
@RestController
class MilestoneHealthController {

    /** Milestones are calendar days of the office. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private final MilestoneHealthService health;
    private final ViewsAsOf views;
    private final Clock clock;

    MilestoneHealthController(MilestoneHealthService health, ViewsAsOf views, Clock clock) {
        this.health = health;
        this.views = views;
        this.clock = clock;
    }

    /**
     * On-time rate, slippage, missed and upcoming deadlines, in all, per strategic field and per project manager; on
     * the day of {@code asOf} (Europe/Berlin), with the events up to it.
     */
    @GetMapping("/api/reporting/milestones")
    Answer<MilestoneHealthView> view(
            @RequestParam(required = false) @Nullable Instant asOf,
            @RequestParam(defaultValue = "30") @Min(1) @Max(366) int upcomingDays,
            @RequestParam(required = false) @Nullable @Size(max = 200) String field,
            @RequestParam(required = false) @Nullable @Size(max = 200) String manager) {
        LocalDate on = LocalDate.ofInstant(asOf == null ? clock.instant() : asOf, OFFICE_ZONE);
        return views.answer(asOf, () -> health.view(on, upcomingDays, field, manager));
    }
}
