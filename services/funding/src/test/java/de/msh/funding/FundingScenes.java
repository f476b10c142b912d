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

    /** An approved STARK grant of 10,000.00 EUR for a fresh project, with one call C-1 of 5,000.00 EUR; its id. */
    static String approvedGrantWithCall(ApiClient api, TopicProbe probe, String fileNumber) {
        String finance = TestTokens.forRole("finance");
        String projectId = announceProject(probe, "RC-1", "Mobilitätsstation");
        String grant = applyOnceKnown(api, projectId, fileNumber, "stark", "10000.00");
        String base = "/api/funding/grants/" + grant;
        api.post(base + "/approval", finance, """
                {"amount":10000.00,"rate":0.8,"eligibleCosts":12500.00,"decidedOn":"2025-06-02",
                 "tranches":[{"year":2025,"amount":10000.00}]}""");
        api.post(base + "/calls", finance, """
                {"trancheYear":2025,"amount":5000.00,"calledOn":"2025-07-01"}""");
        return grant;
    }

    /** What the grants received together, by their totals. */
    static java.math.BigDecimal received(ApiClient api, java.util.List<String> grants) {
        String finance = TestTokens.forRole("finance");
        return grants.stream()
                .map(g -> api.get("/api/funding/grants/" + g, finance)
                        .json()
                        .get("totals")
                        .get("received")
                        .decimalValue())
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }
}
