package de.msh.events.studies;

import de.msh.events.EventType;
import java.util.Objects;

/**
 * Emitted when the steering office decides not to carry out a recommendation; it no longer counts towards the
 * realisation rate.
 *
 * @param studyId the study, also the event subject
 * @param recommendationId the recommendation within the study
 * @param reason why, as the person gave it
 * @param rejectedBy the user name of who rejected it
 */
@EventType("msh.studies.RecommendationRejected.v1")
public record RecommendationRejected(String studyId, String recommendationId, String reason, String rejectedBy)
        implements StudiesEvent {

    public RecommendationRejected {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(recommendationId, "recommendationId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rejectedBy, "rejectedBy");
    }
}
