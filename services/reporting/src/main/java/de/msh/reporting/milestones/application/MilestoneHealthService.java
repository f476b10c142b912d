package de.msh.reporting.milestones.application;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.milestones.MilestoneAchieved;
import de.msh.events.milestones.MilestoneClosed;
import de.msh.events.milestones.MilestonePlanned;
import de.msh.events.milestones.MilestoneReplanned;
import de.msh.platform.inbox.Outcome;
import de.msh.reporting.milestones.domain.MilestoneHealth;
import de.msh.reporting.milestones.domain.MilestoneHealthView;
import de.msh.reporting.milestones.domain.MilestoneRow;
import de.msh.reporting.milestones.domain.ScheduleRows;
import de.msh.reporting.portfolio.application.PortfolioService;
import de.msh.reporting.portfolio.domain.ProjectSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Milestone health from {@code msh.milestones.events}. At risk and missed are not read from their events: they are
 * judged from the dates on the day asked about, so a view as of any day says what was true on it.
 */
@Service
public class MilestoneHealthService {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private final ScheduleRows rows;
    private final PortfolioService portfolio;

    MilestoneHealthService(ScheduleRows rows, PortfolioService portfolio) {
        this.rows = rows;
        this.portfolio = portfolio;
    }

    public Outcome apply(EventEnvelope<DomainEvent> envelope) {
        long seq = envelope.sequence();
        DomainEvent event = envelope.data();
        LocalDate recordedOn = LocalDate.ofInstant(envelope.time(), OFFICE_ZONE);
        if (event instanceof MilestonePlanned e) {
            return Outcome.of(rows.planned(
                    e.projectId(), seq, e.milestoneId(), e.title(), e.kind().name(), e.baselineOn(), recordedOn));
        }
        if (event instanceof MilestoneReplanned e) {
            return Outcome.of(rows.replanned(e.projectId(), seq, e.milestoneId(), e.forecastOn(), recordedOn));
        }
        if (event instanceof MilestoneAchieved e) {
            return Outcome.of(rows.achieved(e.projectId(), seq, e.milestoneId(), e.achievedOn()));
        }
        if (event instanceof MilestoneClosed e) {
            return Outcome.of(rows.closed(e.projectId(), seq, e.milestoneId()));
        }
        return Outcome.IGNORED;
    }

    /** Every milestone as the events told it, for status reports. */
    public List<MilestoneRow> rows() {
        return rows.all();
    }

    /** The health on the day, in all, per field and per manager; optionally of one field or one manager only. */
    public MilestoneHealthView view(LocalDate on, int upcomingDays, @Nullable String field, @Nullable String manager) {
        Map<String, MilestoneHealth.Project> projects = new HashMap<>();
        for (ProjectSummary project : portfolio.projects()) {
            projects.put(
                    project.projectId(),
                    new MilestoneHealth.Project(project.name(), project.strategicField(), project.projectManager()));
        }
        return MilestoneHealth.of(rows.all(), projects, on, upcomingDays, field, manager);
    }
}
