package de.msh.bench;

import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.platform.outbox.OutboxAggregate;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An aggregate saved at a fixed rate for the lag figures; it records one event, as a registered project does. */
@Document(BenchAggregate.COLLECTION)
public class BenchAggregate extends OutboxAggregate {

    static final String COLLECTION = "lag_aggregates";

    @Id
    private String id;

    private String title;

    BenchAggregate(String id, String title) {
        this.id = id;
        this.title = title;
    }

    static BenchAggregate registered(String id, Instant at) {
        BenchAggregate aggregate = new BenchAggregate(id, "Lagprobe " + id);
        aggregate.record(
                new ProjectRegistered(
                        id, "L-" + id.hashCode(), aggregate.title, null, List.of(), ProjectPhase.IDEA, null, List.of()),
                at);
        return aggregate;
    }

    @Override
    public String aggregateId() {
        return id;
    }
}
