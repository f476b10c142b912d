package de.msh.events.studies;

import de.msh.events.EventType;
import java.util.Objects;

/**
 * Emitted when a study's recommendation is adopted into a project: the project carries it out. A recommendation may
 * be adopted into more than one project; each adoption is one event.
 *
 * @param studyId the study, also the event subject
 * @param recommendationId the recommendation within the study
 * @param projectId the project that carries it out
 * @param adoptedBy the user name of who linked them
 */
@EventType("msh.studies.RecommendationAdopted.v1")
public record RecommendationAdopted(String studyId, String recommendationId, String projectId, String adoptedBy)
        implements StudiesEvent {

    public RecommendationAdopted {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(recommendationId, "recommendationId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(adoptedBy, "adoptedBy");
    }
}
