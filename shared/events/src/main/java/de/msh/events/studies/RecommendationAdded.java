package de.msh.events.studies;

import de.msh.events.EventType;
import java.util.Objects;

/**
 * Emitted when a recommendation is added to a study, by hand or by the catalogue import; it is open until adopted
 * into a project or rejected.
 *
 * @param studyId the study, also the event subject
 * @param recommendationId the recommendation within the study ({@code R-1}, …)
 * @param text what the study recommends
 * @param addedBy the user name of who added it
 */
@EventType("msh.studies.RecommendationAdded.v1")
public record RecommendationAdded(String studyId, String recommendationId, String text, String addedBy)
        implements StudiesEvent {

    public RecommendationAdded {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(recommendationId, "recommendationId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(addedBy, "addedBy");
    }
}
