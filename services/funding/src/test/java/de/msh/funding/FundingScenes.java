package de.msh.funding;

import de.msh.events.CloudEventAttributes;
import de.msh.events.EventCodec;
import de.msh.events.EventContext;
import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TestTokens;
import de.msh.testsupport.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Steps the funding integration tests share, through the real broker and the service's API. */
final class FundingScenes {

    static final Duration WAIT = Duration.ofSeconds(60);

    private FundingScenes() {}

    /** Announces a project in APPLICATION on the projects topic, as the projects service would; returns its id. */
    static String announceProject(TopicProbe probe, String code, String title) {
        String id = UUID.randomUUID().toString();
        probe.publish(
                id,
                1,
                new ProjectRegistered(
                        id, code, title, "wertschoepfung", List.of(), ProjectPhase.APPLICATION, null, List.of()));
        return id;
    }

    /** Applies for a grant as finance staff, once the funding service has learnt of the project; returns its id. */
    static String applyOnceKnown(
            ApiClient api, String projectId, String fileNumber, String programme, String requestedAmount) {
        return ApiClient.eventually(
                        () -> api.post("/api/funding/grants", TestTokens.forRole("finance"), """
                                {"projectId":"%s","fileNumber":"%s","programme":"%s","period":"2020-2026",
                                 "requestedAmount":%s}""".formatted(
                                        projectId, fileNumber, programme, requestedAmount)),
                        r -> r.status() == 201,
                        WAIT)
                .json()
                .get("id")
                .asString();
    }

    /** The first event of the given type (e.g. {@code PaymentReceived}) published under the subject, decoded. */
    static Object awaitEvent(TopicProbe probe, String subject, String type) {
        var record = probe.awaitRecord(
                EventContext.FUNDING.topic(),
                r -> subject.equals(r.key())
                        && TopicProbe.header(r, CloudEventAttributes.TYPE).endsWith("." + type + ".v1"),
                WAIT);
        return EventCodec.standard()
                .fromJson(TopicProbe.header(record, CloudEventAttributes.TYPE), record.value())
                .orElseThrow();
    }
}
