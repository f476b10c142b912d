package de.msh.reporting.portfolio.application;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.platform.inbox.Outcome;
import de.msh.reporting.portfolio.domain.PortfolioByPhase;
import de.msh.reporting.portfolio.domain.PortfolioFilter;
import de.msh.reporting.portfolio.domain.PortfolioRows;
import de.msh.reporting.portfolio.domain.PortfolioView;
import de.msh.reporting.portfolio.domain.ProjectSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

@Service
public class PortfolioService {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private final PortfolioRows rows;

    PortfolioService(PortfolioRows rows) {
        this.rows = rows;
    }

    /** Applies one projects event to the portfolio. */
    public Outcome apply(EventEnvelope<DomainEvent> envelope) {
        if (envelope.data() instanceof ProjectRegistered registered) {
            return Outcome.of(rows.registered(registered, envelope.sequence()));
        }
        if (envelope.data() instanceof ProjectUpdated updated) {
            return Outcome.of(rows.updated(updated, envelope.sequence()));
        }
        if (envelope.data() instanceof ProjectPhaseChanged changed) {
            return Outcome.of(
                    rows.phaseChanged(changed, envelope.sequence(), LocalDate.ofInstant(envelope.time(), OFFICE_ZONE)));
        }
        return Outcome.IGNORED;
    }

    public PortfolioView view(PortfolioFilter filter) {
        return rows.view(filter);
    }

    public PortfolioByPhase byPhase() {
        return PortfolioByPhase.of(rows.countByPhase());
    }

    /** The strategic field of each known project among the given ones, for the money rolled up by field. */
    public Map<String, String> strategicFields(Collection<String> projectIds) {
        return rows.strategicFields(projectIds);
    }

    /** Those of the given projects that are cancelled, for what became of the studies' recommendations. */
    public Set<String> cancelled(Collection<String> projectIds) {
        return rows.cancelled(projectIds);
    }

    /** Every project with its code, title, phase and field. */
    public List<ProjectSummary> projects() {
        return rows.projects();
    }
}
