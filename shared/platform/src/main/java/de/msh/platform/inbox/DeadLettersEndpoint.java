package de.msh.platform.inbox;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code POST /actuator/deadletters/{topic}}: puts this service's dead letters of a topic back on it, once what made
 * them unreadable is fixed. Answers how many went back.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetterRedrive redrive;

    DeadLettersEndpoint(DeadLetterRedrive redrive) {
        this.redrive = redrive;
    }

    @WriteOperation
    public Map<String, Object> redrive(@Selector String topic) {
        return Map.of("topic", topic, "redriven", redrive.redrive(topic));
    }
}
