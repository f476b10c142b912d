package de.msh.platform.inbox;

import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/** {@code /actuator/eventgaps}: the sequences this service's consumers never received, per topic and aggregate. */
@Endpoint(id = "eventgaps")
public class EventGapsEndpoint {

    private static final int LIMIT = 1000;

    private final SequenceTracker sequences;

    EventGapsEndpoint(SequenceTracker sequences) {
        this.sequences = sequences;
    }

    @ReadOperation
    public Map<String, Object> gaps() {
        List<Document> open = sequences.openGaps(LIMIT);
        return Map.of("count", open.size(), "limit", LIMIT, "gaps", open);
    }
}
