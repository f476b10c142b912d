package de.msh.reporting.feed;

import de.msh.events.DomainEvent;
import de.msh.events.EventContext;
import de.msh.events.EventEnvelope;
import de.msh.platform.inbox.EventInbox.EventHandler;
import de.msh.platform.inbox.Outcome;
import de.msh.reporting.invkg.application.InvkgMeasures;
import de.msh.reporting.masterplan.application.ProgressService;
import de.msh.reporting.milestones.application.MilestoneHealthService;
import de.msh.reporting.money.application.MoneyService;
import de.msh.reporting.portfolio.application.PortfolioService;
import de.msh.reporting.studies.application.StudiesService;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

@Component
public class Feeds {

    private final Map<String, EventHandler> byTopic;

    Feeds(
            PortfolioService portfolio,
            ProgressService masterplan,
            MoneyService money,
            StudiesService studies,
            MilestoneHealthService milestones,
            InvkgMeasures invkg) {
        this.byTopic = Map.of(
                EventContext.PROJECTS.topic(),
                envelope -> all(envelope, portfolio::apply, masterplan::apply),
                EventContext.FUNDING.topic(),
                envelope -> all(envelope, money::apply, invkg::apply),
                EventContext.STUDIES.topic(),
                studies::apply,
                EventContext.MILESTONES.topic(),
                milestones::apply);
    }

    /** The topics reporting reads. */
    public Set<String> topics() {
        return byTopic.keySet();
    }

    /** What applies an event of the topic to every read model it feeds. */
    public EventHandler handler(String topic) {
        EventHandler handler = byTopic.get(topic);
        if (handler == null) {
            throw new IllegalArgumentException("Reporting does not read " + topic);
        }
        return handler;
    }

    /** Applied if any read model changed; a duplicate if none changed but one had seen it; else ignored. */
    private static Outcome all(EventEnvelope<DomainEvent> envelope, EventHandler... readModels) {
        Outcome outcome = Outcome.IGNORED;
        for (EventHandler readModel : readModels) {
            Outcome one = readModel.apply(envelope);
            if (one == Outcome.APPLIED || (one == Outcome.DUPLICATE && outcome == Outcome.IGNORED)) {
                outcome = one;
            }
        }
        return outcome;
    }
}
