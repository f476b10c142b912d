package de.msh.reporting;

import de.msh.testsupport.ApiClient;
import de.msh.testsupport.TopicProbe;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Whether reporting's live view has applied every event on the topics it reads: then it stands still. */
public final class CaughtUp {

    private static final List<String> TOPICS =
            List.of("msh.projects.events", "msh.funding.events", "msh.studies.events", "msh.milestones.events");

    private CaughtUp() {}

    public static boolean withEveryTopic(ApiClient reporting, String token, TopicProbe probe) {
        Map<String, Long> applied = new HashMap<>();
        reporting
                .get("/api/reporting/positions", token)
                .json()
                .get("positions")
                .forEach(p -> applied.put(
                        p.get("topic").asString() + "/" + p.get("partition").asInt(),
                        p.get("offset").asLong()));
        for (String topic : TOPICS) {
            for (var end : probe.endOffsets(topic).entrySet()) {
                if (end.getValue() > 0 && applied.getOrDefault(topic + "/" + end.getKey(), 0L) < end.getValue()) {
                    return false;
                }
            }
        }
        return true;
    }
}
