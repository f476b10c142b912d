package de.msh.events.studies;

import de.msh.events.EventType;
import java.util.Objects;

/**
 * Emitted once, when a study enters the catalogue (by hand or by import). Projects name the study they originate
 * from by this id, and the projects service refuses ids it has not seen here.
 *
 * @param studyId the study's stable id, also the event subject
 * @param title the study's title (German)
 * @param kind needs assessment, feasibility analysis or regional-economic study
 * @param field id of the Metropolregion field it belongs to (e.g. {@code energie})
 */
@EventType("msh.studies.StudyRegistered.v1")
public record StudyRegistered(String studyId, String title, StudyKind kind, String field) implements StudiesEvent {

    public StudyRegistered {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
    }
}
