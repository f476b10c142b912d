package de.msh.events.studies;

import de.msh.events.EventType;
import java.util.Objects;

/**
 * Emitted when a study is withdrawn from the catalogue: it was entered by mistake or twice, and no project carries
 * any of its recommendations. Projects may no longer name it as their origin; those that already do keep the id as
 * history.
 *
 * @param studyId the study, also the event subject
 * @param reason why, as the user wrote it
 * @param withdrawnBy the user name of who withdrew it
 */
@EventType("msh.studies.StudyWithdrawn.v1")
public record StudyWithdrawn(String studyId, String reason, String withdrawnBy) implements StudiesEvent {

    public StudyWithdrawn {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
    }
}
