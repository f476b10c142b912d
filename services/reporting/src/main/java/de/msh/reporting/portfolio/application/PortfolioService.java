package de.msh.reporting.portfolio.application;

import de.msh.events.DomainEvent;
import de.msh.events.EventEnvelope;
import de.msh.events.projects.ProjectPhaseChanged;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import de.msh.reporting.portfolio.domain.PortfolioByPhase;
import de.msh.reporting.portfolio.domain.PortfolioRows;
import org.springframework.stereotype.Service;

@Service
public class PortfolioService {

    private final PortfolioRows rows;

    PortfolioService(PortfolioRows rows) {
        this.rows = rows;
    }

    /** Applies one projects event; false if it was applied before or is of no interest here. */
    public boolean apply(EventEnvelope<DomainEvent> envelope) {
        if (envelope.data() instanceof ProjectRegistered registered) {
            return rows.registered(registered, envelope.sequence());
        }
        if (envelope.data() instanceof ProjectUpdated updated) {
            return rows.updated(updated, envelope.sequence());
        }
        if (envelope.data() instanceof ProjectPhaseChanged changed) {
            return rows.phaseChanged(changed, envelope.sequence());
        }
        return false;
    }

    public PortfolioByPhase byPhase() {
        return PortfolioByPhase.of(rows.countByPhase());
    }
}
