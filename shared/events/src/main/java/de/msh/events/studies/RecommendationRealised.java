package de.msh.events.studies;

import de.msh.events.EventType;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when an adopted recommendation is marked realised: the projects carrying it out have delivered it.
 *
 * @param studyId the study, also the event subject
 * @param recommendationId the recommendation within the study
 * @param projectIds the projects that carried it out
 * @param realisedBy the user name of who marked it
 */
@EventType("msh.studies.RecommendationRealised.v1")
public record RecommendationRealised(
        String studyId, String recommendationId, List<String> projectIds, String realisedBy) implements StudiesEvent {

    public RecommendationRealised {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(recommendationId, "recommendationId");
        Objects.requireNonNull(realisedBy, "realisedBy");
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
    }
}
