package de.msh.events;

import java.net.URI;
import java.util.Arrays;

/**
 * A producing bounded context: it owns one topic, {@code msh.<context>.events}, and one dead-letter topic beside it.
 * Its sealed event interface lists every contract it publishes.
 */
public enum EventContext {
    PROJECTS("projects", de.msh.events.projects.ProjectsEvent.class),
    STUDIES("studies", de.msh.events.studies.StudiesEvent.class),
    FUNDING("funding", de.msh.events.funding.FundingEvent.class),
    MILESTONES("milestones", de.msh.events.milestones.MilestonesEvent.class);

    private final String key;
    private final Class<? extends DomainEvent> events;

    EventContext(String key, Class<? extends DomainEvent> events) {
        this.key = key;
        this.events = events;
    }

    /** The lower-case name used in topics, types and sources, e.g. {@code projects}. */
    public String key() {
        return key;
    }

    public String topic() {
        return "msh." + key + ".events";
    }

    public String deadLetterTopic() {
        return topic() + ".dlq";
    }

    /** The CloudEvents source of events this context emits. */
    public URI source() {
        return URI.create("/services/" + key);
    }

    /** The sealed interface whose permitted records are this context's contracts. */
    public Class<? extends DomainEvent> events() {
        return events;
    }

    public static EventContext ofKey(String key) {
        return Arrays.stream(values())
                .filter(c -> c.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown event context: " + key));
    }
}
