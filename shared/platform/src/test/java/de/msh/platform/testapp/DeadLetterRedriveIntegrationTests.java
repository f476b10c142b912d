package de.msh.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventContext;
import de.msh.platform.inbox.DeadLetterRedrive;
import de.msh.platform.inbox.DeadLetters;
import de.msh.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** A dead letter goes back onto its topic unchanged, without its dead-letter headers, once it is re-driven. */
@SpringBootTest
class DeadLetterRedriveIntegrationTests {

    static final String TOPIC = EventContext.PROJECTS.topic();
    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    DeadLetterRedrive redrive;

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @Test
    void putsADeadLetterBackOnItsTopicWithoutItsDeadLetterHeaders() {
        String subject = UUID.randomUUID().toString();
        UUID poison = UUID.randomUUID();
        var probe = new TopicProbe(brokers);
        probe.send(TOPIC, subject, "{\"title\":".getBytes(StandardCharsets.UTF_8), headers(poison, subject));
        probe.awaitRecord(
                EventContext.PROJECTS.deadLetterTopic(),
                r -> poison.toString().equals(TopicProbe.header(r, CloudEventAttributes.ID)),
                WAIT);

        int redriven = redrive.redrive(TOPIC);

        assertThat(redriven).isPositive();
        List<String> copies = new ArrayList<>();
        probe.awaitRecords(
                TOPIC,
                r -> {
                    if (poison.toString().equals(TopicProbe.header(r, CloudEventAttributes.ID))) {
                        copies.add(TopicProbe.header(r, DeadLetters.REASON));
                    }
                    return copies.size() == 2;
                },
                WAIT);
        assertThat(copies).containsOnly("");
    }

    private static List<Header> headers(UUID id, String subject) {
        List<Header> headers = new ArrayList<>();
        CloudEventAttributes.headersOf(new CloudEventAttributes.Attributes(
                        id,
                        EventContext.PROJECTS.source(),
                        "msh.projects.ProjectRegistered.v1",
                        subject,
                        Instant.now(),
                        1))
                .forEach((name, value) -> headers.add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        return headers;
    }
}
